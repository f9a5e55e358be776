package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetAccess;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.catalogue.ServiceCatalogueService;
import org.ltcare.policy.catalogue.ServiceCategory;
import org.ltcare.policy.catalogue.ServiceItem;
import org.ltcare.policy.catalogue.ServiceItemForm;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;

/**
 * 服务项目目录: a rule-set version's service items; the bureau's administrator edits a draft's, a version in force
 * is shown read-only.
 */
@Named
@ViewScoped
public class ServiceItemsPage extends Page {

    @Inject
    private RuleSetAccess ruleSetAccess;

    @Inject
    private ServiceCatalogueService catalogue;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private Messages messages;

    private Long ruleSet;
    private List<RuleSet> versions = List.of();
    private RuleSet current;
    private List<ServiceItem> items = List.of();
    private Long editing;
    private String code;
    private String name;
    private ServiceCategory category = ServiceCategory.DAILY_LIVING;
    private String unit = "次";
    private Integer minimumMinutes;
    private BigDecimal referencePrice;
    private List<String> careTypes = new ArrayList<>(List.of(CareType.HOME.name()));

    public void load() {
        try {
            versions = ruleSets.list(actor);
            if (ruleSet == null && !versions.isEmpty()) {
                ruleSet = versions.get(0).getId();
            }
            if (ruleSet != null) {
                current = ruleSets.find(actor, ruleSet);
                items = catalogue.items(actor, ruleSet);
            }
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public boolean isEditable() {
        return current != null && ruleSetAccess.mayEdit(actor, current);
    }

    public void edit(ServiceItem item) {
        editing = item.getId();
        code = item.getCode();
        name = item.getName();
        category = item.getCategory();
        unit = item.getUnit();
        minimumMinutes = item.getMinimumMinutes();
        referencePrice = item.getReferencePrice();
        careTypes = new ArrayList<>(item.getCareTypes().stream().map(Enum::name).toList());
    }

    public void clear() {
        editing = null;
        code = null;
        name = null;
        category = ServiceCategory.DAILY_LIVING;
        unit = "次";
        minimumMinutes = null;
        referencePrice = null;
        careTypes = new ArrayList<>(List.of(CareType.HOME.name()));
    }

    public void save() {
        Set<CareType> types = EnumSet.noneOf(CareType.class);
        careTypes.forEach(t -> types.add(CareType.valueOf(t)));
        ServiceItemForm form = new ServiceItemForm(code, name, category, unit, minimumMinutes, referencePrice, types);
        try {
            ServiceItem saved = editing == null ? catalogue.add(actor, ruleSet, form)
                    : catalogue.update(actor, editing, form);
            errors.info("catalogue.saved", saved.getName());
            clear();
            load();
        } catch (BusinessException e) {
            errors.show(e, "itemForm");
        }
    }

    public void remove(ServiceItem item) {
        try {
            catalogue.remove(actor, item.getId());
            errors.info("catalogue.removed", item.getName());
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public String careTypesText(ServiceItem item) {
        return messages.joinItems(item.getCareTypes().stream().map(messages::careType).toList());
    }

    public List<ServiceCategory> getCategories() {
        return List.of(ServiceCategory.values());
    }

    public List<CareType> getAllCareTypes() {
        return List.of(CareType.values());
    }

    public Long getRuleSet() {
        return ruleSet;
    }

    public void setRuleSet(Long ruleSet) {
        this.ruleSet = ruleSet;
    }

    public List<RuleSet> getVersions() {
        return versions;
    }

    public RuleSet getCurrent() {
        return current;
    }

    public List<ServiceItem> getItems() {
        return items;
    }

    public Long getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public void setCategory(ServiceCategory category) {
        this.category = category;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getMinimumMinutes() {
        return minimumMinutes;
    }

    public void setMinimumMinutes(Integer minimumMinutes) {
        this.minimumMinutes = minimumMinutes;
    }

    public BigDecimal getReferencePrice() {
        return referencePrice;
    }

    public void setReferencePrice(BigDecimal referencePrice) {
        this.referencePrice = referencePrice;
    }

    /** The chosen care types by name (a many-select cannot convert a list's enum elements). */
    public List<String> getCareTypes() {
        return careTypes;
    }

    public void setCareTypes(List<String> careTypes) {
        this.careTypes = careTypes == null ? new ArrayList<>() : new ArrayList<>(careTypes);
    }
}
