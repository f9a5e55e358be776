package org.ltcare.assessment.conclusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Conclusion documents as the services would fill them in: the national 17-item scale, a grade-3 person. */
final class Conclusions {

    static final String ADL = "日常生活活动能力";
    static final String COGNITION = "认知能力";
    static final String PERCEPTION = "感知觉与沟通能力";

    static final String OBJECTION_NOTE = "申请人对本评估结论有异议的，可自收到本结论书之日起15个工作日内，"
            + "向评估机构所在地医疗保障经办机构提出书面复评申请，逾期未提出的，视为认可本评估结论。"
            + "复评结论与原评估结论一致的，复评费用由申请人承担。";

    private Conclusions() {
    }

    static List<ItemLine> nationalScaleItems() {
        List<ItemLine> items = new ArrayList<>();
        add(items, ADL, "进食", 5, 10);
        add(items, ADL, "穿衣", 5, 10);
        add(items, ADL, "面部与口腔清洁", 0, 5);
        add(items, ADL, "大便控制", 10, 10);
        add(items, ADL, "小便控制", 5, 10);
        add(items, ADL, "用厕", 5, 10);
        add(items, ADL, "平地行走", 5, 15);
        add(items, ADL, "床椅转移", 5, 15);
        add(items, ADL, "上下楼梯", 0, 10);
        add(items, ADL, "洗澡", 0, 5);
        add(items, COGNITION, "时间定向", 2, 4);
        add(items, COGNITION, "人物定向", 3, 4);
        add(items, COGNITION, "空间定向", 2, 4);
        add(items, COGNITION, "记忆力", 2, 4);
        add(items, PERCEPTION, "视力", 3, 4);
        add(items, PERCEPTION, "听力", 3, 4);
        add(items, PERCEPTION, "沟通能力", 3, 4);
        return items;
    }

    static ConclusionDocument aSevereGradeOne() {
        return withAddressAndObjection("山东省青岛市市南区香港中路100号3单元1202室", OBJECTION_NOTE);
    }

    static ConclusionDocument withAddressAndObjection(String address, String objectionNote) {
        return new ConclusionDocument(
                "PG-370200-2026-000123",
                "青岛市长期护理保险失能评估中心",
                "欧阳翀",
                "男",
                "370202********1234",
                address,
                "SQ-370200-2026-004567",
                LocalDate.of(2026, 11, 20),
                "王芳、李强",
                LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 25),
                LocalDate.of(2028, 11, 24),
                LocalDate.of(2026, 11, 26),
                3,
                "重度失能Ⅰ级",
                "认知与感知觉取较重者「轻度」；等级矩阵「重度」×「轻度」→ 3 级",
                List.of(new DimensionLine(ADL, 40, 100, "0–40", "重度"),
                        new DimensionLine(COGNITION, 9, 16, "4–15", "轻度"),
                        new DimensionLine(PERCEPTION, 9, 12, "4–11", "轻度")),
                nationalScaleItems(),
                "SD-2025",
                true,
                "复评等级未变，复评费用 300.00 元由申请人承担",
                "符合长期护理保险待遇享受条件",
                objectionNote);
    }

    private static void add(List<ItemLine> items, String dimension, String item, int score, int maxScore) {
        items.add(new ItemLine(dimension, item, score, maxScore));
    }
}
