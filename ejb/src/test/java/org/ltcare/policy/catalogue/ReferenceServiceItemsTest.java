package org.ltcare.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.rules.CareType;

class ReferenceServiceItemsTest {

    private static final List<ServiceItemForm> ITEMS = ReferenceServiceItems.all();

    @Test
    void everyLineOfTheReferenceCatalogueIsRead() {
        assertThat(ITEMS).hasSize(22);
        assertThat(ITEMS.get(0).code()).isEqualTo("SH01");
        assertThat(ITEMS.get(ITEMS.size() - 1).code()).isEqualTo("MC09");
    }

    @Test
    void theCodesAreUnique() {
        assertThat(ITEMS.stream().map(ServiceItemForm::code)).doesNotHaveDuplicates();
    }

    @Test
    void bothCategoriesArePresent() {
        assertThat(ITEMS.stream().map(ServiceItemForm::category).distinct())
                .containsExactlyInAnyOrder(ServiceCategory.DAILY_LIVING, ServiceCategory.MEDICAL_CARE);
    }

    @Test
    void everyItemIsValid() {
        assertThat(ITEMS).allSatisfy(item -> assertThat(item.check()).isSameAs(item));
    }

    @Test
    void everyItemMayBeRecordedInHomeCare() {
        assertThat(ITEMS).allSatisfy(item -> assertThat(item.careTypes()).contains(CareType.HOME));
    }

    @Test
    void theFieldsOfALineAreReadIntoTheirPlaces() {
        ServiceItemForm bath = ITEMS.stream().filter(item -> item.code().equals("SH06")).findFirst().orElseThrow();

        assertThat(bath).isEqualTo(new ServiceItemForm("SH06", "协助沐浴", ServiceCategory.DAILY_LIVING, "次", 40,
                new BigDecimal("35.00"), Set.of(CareType.HOME, CareType.VISITING, CareType.RESIDENTIAL)));
    }

    @Test
    void namesAreReadAsUtf8WithTheirFullWidthPunctuation() {
        assertThat(ITEMS.stream().filter(item -> item.code().equals("SH11")).findFirst().orElseThrow().name())
                .isEqualTo("排泄护理（协助如厕、更换尿垫）");
    }
}
