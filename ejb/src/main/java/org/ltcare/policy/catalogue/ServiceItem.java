package org.ltcare.policy.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Versioned;

/**
 * One entry of a rule-set version's service-item catalogue (服务项目目录): what a home visit may record as done,
 * with the least time it takes and a reference price. Its care types say where it may be recorded.
 */
@Entity
@Table(name = "service_item")
public class ServiceItem extends Versioned implements Auditable {

    @AuditedField
    private long ruleSetId;

    @AuditedField
    private String code;

    @AuditedField
    private String name;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private ServiceCategory category;

    @AuditedField
    private String unit;

    @AuditedField
    private int minimumMinutes;

    @AuditedField
    private BigDecimal referencePrice;

    @AuditedField
    private String careTypes;

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
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
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
