package org.ltcare.policy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.audit.Auditable;

/**
 * One entry of a rule-set version's service-item catalogue (服务项目目录): what a home visit may record as done,
 * with the least time it takes and a reference price. Its care types say where it may be recorded.
 */
@Entity
@Table(name = "service_item")
public class ServiceItem implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "rule_set_id", nullable = false)
    private long ruleSetId;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = ServiceItemForm.NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceCategory category;

    @Column(nullable = false, length = ServiceItemForm.UNIT_LENGTH)
    private String unit;

    @Column(name = "minimum_minutes", nullable = false)
    private int minimumMinutes;

    @Column(name = "reference_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal referencePrice;

    @Column(name = "care_types", nullable = false, length = 64)
    private String careTypes;

    @Version
    private long version;

    protected ServiceItem() {
    }

    ServiceItem(long ruleSetId, ServiceItemForm checked) {
        this.ruleSetId = ruleSetId;
        apply(checked);
    }

    /** A copy of this item for another rule-set version. */
    ServiceItem copyFor(long otherRuleSetId) {
        return new ServiceItem(otherRuleSetId, asForm());
    }

    void apply(ServiceItemForm checked) {
        this.code = checked.code();
        this.name = checked.name();
        this.category = checked.category();
        this.unit = checked.unit();
        this.minimumMinutes = checked.minimumMinutes();
        this.referencePrice = checked.referencePrice().setScale(2);
        this.careTypes = checked.careTypes().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public ServiceItemForm asForm() {
        return new ServiceItemForm(code, name, category, unit, minimumMinutes, referencePrice, getCareTypes());
    }

    public boolean allows(CareType careType) {
        return getCareTypes().contains(careType);
    }

    @Override
    public String auditType() {
        return "ServiceItem";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("ruleSetId", ruleSetId);
        state.put("code", code);
        state.put("name", name);
        state.put("category", category);
        state.put("unit", unit);
        state.put("minimumMinutes", minimumMinutes);
        state.put("referencePrice", referencePrice.toPlainString());
        state.put("careTypes", careTypes);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public String getUnit() {
        return unit;
    }

    public int getMinimumMinutes() {
        return minimumMinutes;
    }

    public BigDecimal getReferencePrice() {
        return referencePrice;
    }

    public Set<CareType> getCareTypes() {
        Set<CareType> types = EnumSet.noneOf(CareType.class);
        Arrays.stream(careTypes.split(",")).filter(s -> !s.isBlank()).map(CareType::valueOf).forEach(types::add);
        return types;
    }
}
