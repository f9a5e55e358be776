package org.ltcare.demo.city;

import java.util.List;
import java.util.Random;
import org.ltcare.institution.InstitutionKind;

/** Names and addresses that read like a Chinese city's (generated data: no real person or place is meant). */
final class CityNames {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于",
            "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕");
    private static final List<String> GIVEN = List.of("秀英", "桂英", "秀兰", "玉兰", "桂兰", "淑珍", "凤英", "玉珍",
            "建国", "建华", "国强", "志明", "德明", "德福", "宝山", "玉梅", "淑英", "春生", "立新", "振华", "海燕",
            "秀珍", "丽华", "金花", "永胜", "长林", "树林", "文华", "美兰", "福贵");
    private static final List<String> DISTRICTS = List.of("市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区",
            "即墨区", "胶州市", "平度市", "莱西市");
    private static final List<String> ROADS = List.of("香港中路", "延安路", "辽宁路", "重庆南路", "长江路", "黑龙江路",
            "正阳路", "九水路", "海尔路", "李村路", "台东一路", "南京路");
    private static final List<String> HOMES = List.of("康宁", "颐和", "福寿", "安康", "松鹤", "乐龄", "仁爱", "长青",
            "和美", "瑞福");

    private CityNames() {
    }

    static String person(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
    }

    static String address(Random random) {
        return DISTRICTS.get(random.nextInt(DISTRICTS.size())) + ROADS.get(random.nextInt(ROADS.size()))
                + (1 + random.nextInt(300)) + "号";
    }

    static String institution(InstitutionKind kind, int number) {
        String name = HOMES.get(number % HOMES.size());
        return switch (kind) {
            case HOSPITAL -> "城区第" + number + "医院";
            case INTEGRATED -> name + "街道卫生院（两院一体）第" + number + "号";
            case HOME_CARE_AGENCY -> name + "居家护理服务站第" + number + "号";
            default -> name + "护理院第" + number + "号";
        };
    }
}
