package org.ltcare.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lookup itself, on enums of its own; the domain's names are checked by {@code org.ltcare.LabelledEnumsTest}. */
class EnumLabelsTest {

    private enum Unnamed {
        PLAIN,
        WITH_BODY {
            @Override
            public String toString() {
                return "a constant with a body is an anonymous subclass";
            }
        }
    }

    @Test
    void theKeyIsTheEnumsSimpleNameAndTheConstant() {
        assertThat(EnumLabels.key(Unnamed.PLAIN)).isEqualTo("Unnamed.PLAIN");
    }

    @Test
    void aConstantWithABodyIsKeyedByItsEnumNotItsSubclass() {
        assertThat(Unnamed.WITH_BODY.getClass()).isNotEqualTo(Unnamed.class);
        assertThat(EnumLabels.key(Unnamed.WITH_BODY)).isEqualTo("Unnamed.WITH_BODY");
    }

    @Test
    void aMissingNameShowsItsKeyAsAPageShowsAMissingText() {
        assertThat(EnumLabels.of(Unnamed.PLAIN, Locale.SIMPLIFIED_CHINESE)).isEqualTo("??Unnamed.PLAIN??");
        assertThat(EnumLabels.of(Unnamed.WITH_BODY, Locale.ENGLISH)).isEqualTo("??Unnamed.WITH_BODY??");
    }
}
