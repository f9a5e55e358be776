package org.ltcare.web.overview;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltcare.overview.GradeTypeCount;
import org.ltcare.policy.rules.CareType;

/** A row of the people-in-care table: one grade, a count per care type (in CareType order), the total. */
public record GradeRow(int grade, List<Long> counts, long total) implements Serializable {

    static List<GradeRow> of(List<GradeTypeCount> cells) {
        Map<Integer, long[]> byGrade = new TreeMap<>();
        for (GradeTypeCount cell : cells) {
            byGrade.computeIfAbsent(cell.grade(), g -> new long[CareType.values().length])[cell.careType().ordinal()]
                    += cell.people();
        }
        List<GradeRow> rows = new ArrayList<>();
        byGrade.forEach((grade, counts) -> {
            List<Long> list = new ArrayList<>();
            long total = 0;
            for (long count : counts) {
                list.add(count);
                total += count;
            }
            rows.add(new GradeRow(grade, list, total));
        });
        return rows;
    }
}
