package org.ltcare.policy.catalogue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.CareType;

/** Test fixtures: catalogue entries of a rule-set version (public, for tests of other packages). */
public final class ServiceItems {

    private ServiceItems() {
    }

    public static ServiceItem item(String code, CareType... careTypes) {
        return new ServiceItem(1, new ServiceItemForm(code, "服务" + code, ServiceCategory.DAILY_LIVING, "次", 15,
                new BigDecimal("10.00"), Set.of(careTypes)).check());
    }

    /** The catalogue as a visit check looks items up: by code. */
    public static Map<String, ServiceItem> catalogue(ServiceItem... items) {
        return Arrays.stream(items).collect(Collectors.toMap(ServiceItem::getCode, Function.identity()));
    }
}
