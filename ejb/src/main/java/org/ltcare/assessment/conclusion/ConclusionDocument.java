package org.ltcare.assessment.conclusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the printed 评估结论书 shows, already decided and, where it is text, already formatted by the
 * caller: the renderer lays it out and formats dates, nothing more. That keeps masking of the ID number,
 * the wording of the notes and the grade names with the services that own those rules.
 *
 * <p>{@code addressText} may be null or blank (printed as "—"), as may {@code benefitFrom} (no benefit
 * follows from the grade) and the three notes (left out). {@code gradeBasis} says how the levels gave the grade
 * (the worse of cognition and perception, the matrix cell).
 */
public record ConclusionDocument(
        String documentNumber,
        String issuerName,
        String insuredName,
        String genderText,
        String idNumberAsPrinted,
        String addressText,
        String applicationNumber,
        LocalDate onSiteDate,
        String assessorNames,
        LocalDate conclusionDate,
        LocalDate validFrom,
        LocalDate validThrough,
        LocalDate benefitFrom,
        int grade,
        String gradeName,
        String gradeBasis,
        List<DimensionLine> dimensions,
        List<ItemLine> items,
        String ruleSetCode,
        boolean reassessment,
        String feeNote,
        String entitlementNote,
        String objectionNote) {

    public ConclusionDocument {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuerName, "issuerName");
        Objects.requireNonNull(insuredName, "insuredName");
        Objects.requireNonNull(genderText, "genderText");
        Objects.requireNonNull(idNumberAsPrinted, "idNumberAsPrinted");
        Objects.requireNonNull(applicationNumber, "applicationNumber");
        Objects.requireNonNull(onSiteDate, "onSiteDate");
        Objects.requireNonNull(assessorNames, "assessorNames");
        Objects.requireNonNull(conclusionDate, "conclusionDate");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validThrough, "validThrough");
        Objects.requireNonNull(gradeName, "gradeName");
        Objects.requireNonNull(gradeBasis, "gradeBasis");
        Objects.requireNonNull(ruleSetCode, "ruleSetCode");
        if (grade < 0 || grade > 5) {
            throw new IllegalArgumentException("grade " + grade + " outside 0–5");
        }
        if (validThrough.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid through " + validThrough + " before " + validFrom);
        }
        dimensions = List.copyOf(dimensions);
        items = List.copyOf(items);
        requireKnownDimensions(dimensions, items);
    }

    /** The table prints items under their dimension's subtotal, so an item of an unlisted dimension would be lost. */
    private static void requireKnownDimensions(List<DimensionLine> dimensions, List<ItemLine> items) {
        Set<String> names = dimensions.stream().map(DimensionLine::nameZh).collect(Collectors.toSet());
        for (ItemLine item : items) {
            if (!names.contains(item.dimensionZh())) {
                throw new IllegalArgumentException(
                        "item " + item.itemZh() + " belongs to unlisted dimension " + item.dimensionZh());
            }
        }
    }

    /** The items of one dimension, in the order given. */
    List<ItemLine> itemsOf(DimensionLine dimension) {
        return items.stream().filter(i -> i.dimensionZh().equals(dimension.nameZh())).toList();
    }
}
