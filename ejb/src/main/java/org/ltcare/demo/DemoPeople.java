package org.ltcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredPerson;

/** Generates insured people with valid ID numbers; seeded, so every demo database holds the same people. */
final class DemoPeople {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "胡", "朱", "高", "林", "何", "郭", "马", "罗", "于", "姜", "曲", "宋"};
    private static final String[] GIVEN = {"秀英", "桂兰", "玉兰", "淑珍", "凤英", "建国", "建华", "国强", "志刚",
        "德福", "春生", "立新", "明", "平", "芳", "军", "桂芝", "秀珍", "玉梅", "长海", "永福", "宝山", "振华", "淑芬"};
    private static final String[] BIRTH_DISTRICTS = {"370202", "370203", "370211", "370212", "370213", "370214"};
    private static final String[] STREETS = {"市南区香港中路", "市北区辽宁路", "李沧区书院路", "崂山区海尔路",
        "城阳区正阳路", "黄岛区长江路"};

    /** The demo's people in care (of the generated ones, from the 21st on), with the scores of their assessment. */
    private static final int FIRST_IN_CARE = 20;
    private static final List<Map<String, Map<String, Integer>>> IN_CARE_SCORES = List.of(
            DemoScores.grade3(), DemoScores.grade4(), DemoScores.grade3(), DemoScores.grade5(),
            DemoScores.grade5(), DemoScores.grade4(),
            DemoScores.grade3(), DemoScores.grade4(), DemoScores.grade3());

    /** Who is assessed for the demo's history of care, and how. */
    record Person(String idNumber, String name, String phone, String address,
                  Map<String, Map<String, Integer>> scores) {
    }

    private DemoPeople() {
    }

    /** The people of {@link DemoCareHistory}: the same as {@link #generate} made (it is seeded). */
    static List<Person> inCare() {
        List<InsuredPerson> all = generate(FIRST_IN_CARE + IN_CARE_SCORES.size(), "000000", Clock.systemUTC());
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < IN_CARE_SCORES.size(); i++) {
            InsuredPerson p = all.get(FIRST_IN_CARE + i);
            people.add(new Person(p.getIdNumber().value(), p.getName(), p.getPhone(), p.getAddress(),
                    IN_CARE_SCORES.get(i)));
        }
        return people;
    }

    static List<InsuredPerson> generate(int count, String regionCode, Clock clock) {
        Random random = new Random(20251101L);
        List<InsuredPerson> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 35));
            // Sequence code: 3 digits, the last one odd for men and even for women (GB 11643).
            String sequence = String.format("%03d", (i * 2 + random.nextInt(2)) % 1000);
            IdNumber id = IdNumber.fromFirst17(BIRTH_DISTRICTS[i % BIRTH_DISTRICTS.length]
                    + birth.toString().replace("-", "") + sequence);
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            InsuranceType type = random.nextInt(3) == 0 ? InsuranceType.RESIDENT : InsuranceType.EMPLOYEE;
            String phone = "13" + (100000000 + random.nextInt(899999999));
            String address = STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号";
            LocalDate enrolled = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365 * 5));
            people.add(new InsuredPerson(id, name, type, regionCode, enrolled, phone, address, clock.instant()));
        }
        return people;
    }
}
