package org.ltcare.policy.catalogue;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetAccess;
import org.ltcare.policy.VersionedSetting;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;

/**
 * The service-item catalogue of each rule-set version. Like the version's numbers it is edited by the bureau's
 * administrator while the version is a draft and fixed once in force; a draft starts with a copy of the catalogue
 * of the version it was made from, an installed reference version with {@link ReferenceServiceItems}. Every change
 * is audited.
 */
@Stateless
@LocalBean
@Local(VersionedSetting.class)
public class ServiceCatalogueService implements VersionedSetting {

    @Inject
    private ServiceItemRepository items;

    @Inject
    private RuleSetAccess ruleSets;

    @Inject
    private AuditLog audit;

    /** A version's catalogue, for the bureau's staff who may read rule sets. */
    public List<ServiceItem> items(Actor actor, long ruleSetId) {
        return items.ofRuleSet(ruleSets.find(actor, ruleSetId).getId());
    }

    /**
     * The catalogue in force in a region on a day, for checking recorded visits and for the institutions' forms
     * (no actor: the catalogue is published policy).
     */
    public List<ServiceItem> inForce(String regionCode, LocalDate day) {
        return items.ofRuleSet(ruleSets.inForce(regionCode, day).getId());
    }

    public ServiceItem add(Actor actor, long ruleSetId, ServiceItemForm form) {
        RuleSet draft = editableDraft(actor, ruleSetId);
        ServiceItemForm checked = form.check();
        requireFreeCode(draft.getId(), checked.code(), null);
        ServiceItem item = new ServiceItem(draft.getId(), checked);
        items.save(item);
        audit.record(actor, "ADD_SERVICE_ITEM", null, item);
        return item;
    }

    public ServiceItem update(Actor actor, long itemId, ServiceItemForm form) {
        ServiceItem item = items.find(itemId).orElseThrow(() -> new NotFoundException("ServiceItem", itemId));
        editableDraft(actor, item.getRuleSetId());
        ServiceItemForm checked = form.check();
        requireFreeCode(item.getRuleSetId(), checked.code(), item.getId());
        Map<String, Object> before = item.auditState();
        item.apply(checked);
        audit.record(actor, "EDIT_SERVICE_ITEM", before, item);
        return item;
    }

    public void remove(Actor actor, long itemId) {
        ServiceItem item = items.find(itemId).orElseThrow(() -> new NotFoundException("ServiceItem", itemId));
        editableDraft(actor, item.getRuleSetId());
        audit.record(actor, "REMOVE_SERVICE_ITEM", item.auditState(), item);
        items.delete(item);
    }

    /** Gives a new draft the catalogue of the version it was copied from . */
    @Override
    public void copy(long fromRuleSetId, long toRuleSetId) {
        items.ofRuleSet(fromRuleSetId).forEach(item -> items.save(item.copyFor(toRuleSetId)));
    }

    /** Gives an installed version without a catalogue the reference one (new installation, older data). */
    @Override
    public void seedReferenceIfEmpty(long ruleSetId) {
        if (items.ofRuleSet(ruleSetId).isEmpty()) {
            ReferenceServiceItems.all().forEach(form -> items.save(new ServiceItem(ruleSetId, form)));
        }
    }

    private RuleSet editableDraft(Actor actor, long ruleSetId) {
        return ruleSets.editableDraft(actor, ruleSetId, "catalogue.edit");
    }

    private void requireFreeCode(long ruleSetId, String code, Long exceptItemId) {
        items.byCode(ruleSetId, code).filter(other -> !other.getId().equals(exceptItemId)).ifPresent(other -> {
            throw new ValidationException(List.of(new FieldError("code", "catalogue.code.taken", List.of(code))));
        });
    }
}
