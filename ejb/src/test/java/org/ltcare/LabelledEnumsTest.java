package org.ltcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ltcare.assessment.scale.DisabilityGrade;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.claim.ReviewReason;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.model.RunStatus;

/**
 * Every value of the enums that pages, documents and exports name has its one name in Chinese and in English, and
 * the bundle names nothing else. Here, above the capabilities, because the shared lookup must not know them.
 */
class LabelledEnumsTest {

    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(CareType.class, Dimension.class,
            ImpairmentLevel.class, DisabilityGrade.class, InstitutionKind.class, ClaimStatus.class,
            ReviewReason.class, RunStatus.class);
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final ResourceBundle ZH = ResourceBundle.getBundle(EnumLabels.BUNDLE, Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle(EnumLabels.BUNDLE, Locale.ENGLISH);

    static Stream<Enum<?>> constants() {
        return LABELLED.stream().flatMap(type -> Arrays.stream(type.getEnumConstants()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constants")
    void hasANameInChineseAndOneInEnglish(Enum<?> value) {
        String zh = EnumLabels.of(value, Locale.SIMPLIFIED_CHINESE);
        String en = EnumLabels.of(value, Locale.ENGLISH);

        assertThat(zh).isNotBlank().isEqualTo(ZH.getString(EnumLabels.key(value)));
        assertThat(en).isNotBlank().isEqualTo(EN.getString(EnumLabels.key(value)));
        assertThat(CHINESE.matcher(zh).find()).as("%s is Chinese", zh).isTrue();
        assertThat(CHINESE.matcher(en).find()).as("%s has no Chinese", en).isFalse();
    }

    /** Names the bureau's documents print and the pages and tests show: they change only on purpose. */
    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource({
        "ClaimStatus,      FIRST_REVIEWED,    初审完成，待复审",
        "ClaimStatus,      APPROVED,          已批准支付",
        "CareType,         SPECIALIZED,       专护",
        "DisabilityGrade,  SEVERE_III,        重度失能Ⅲ级",
        "InstitutionKind,  NURSING_HOME,      护理院/养老机构",
        "ReviewReason,     CORRECTION_LAPSED, 逾期未补正",
        "Dimension,        PERCEPTION,        感知觉与沟通能力",
        "ImpairmentLevel,  INTACT,            完好"
    })
    void keepsTheNamesDocumentsPrint(String type, String constant, String name) {
        Enum<?> value = constants().filter(c -> c.getDeclaringClass().getSimpleName().equals(type)
                && c.name().equals(constant)).findFirst().orElseThrow();
        assertThat(EnumLabels.of(value, Locale.SIMPLIFIED_CHINESE)).isEqualTo(name);
    }

    @Test
    void theBundleNamesOnlyTheseValuesInBothLanguages() {
        Set<String> keys = constants().map(EnumLabels::key).collect(Collectors.toSet());
        assertThat(ZH.keySet()).isEqualTo(keys);
        assertThat(EN.keySet()).isEqualTo(keys);
    }
}
