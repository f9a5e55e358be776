package org.ltcare.policy;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.files.UploadRule;
import org.ltcare.shared.security.Actor;

/**
 * A version's own care-type eligibility table (DMN XML), a setting per version like the others: a draft may get its
 * own, checked first; null returns it to the reference table; a version in force keeps the table it has.
 */
@Stateless
@LocalBean
@Local(VersionedSetting.class)
public class EligibilityTableService implements VersionedSetting {

    /** A DMN table is XML text; Camunda Modeler's are a few dozen KB. */
    static final UploadRule ELIGIBILITY_FILE = UploadRule.text(10L * 1024 * 1024, "DMN");

    @Inject
    private RuleSetAccess access;

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private AuditLog audit;

    /** Gives a draft its own table, or (null) the reference one again. */
    public RuleSet save(Actor actor, long id, String xml) {
        RuleSet draft = access.editableDraft(actor, id, "ruleSet.edit");
        if (xml != null) {
            EligibilityTable.problems(xml).ifPresent(problem -> {
                throw new ValidationException(List.of(problem));
            });
        }
        Map<String, Object> before = draft.auditState();
        draft.replaceEligibilityTable(xml);
        audit.record(actor, "EDIT_ELIGIBILITY_TABLE", before, draft);
        return draft;
    }

    /** An uploaded table file: text (XML) by its content, checked and saved as {@link #save} does. */
    public RuleSet upload(Actor actor, long id, String fileName, byte[] content) {
        access.requireEditor(actor, "ruleSet.edit");
        ELIGIBILITY_FILE.check("eligibilityTable", fileName, content);
        return save(actor, id, new String(content, StandardCharsets.UTF_8));
    }

    /** The table a version decides care-type eligibility with: its own, or the reference one. */
    public String tableOf(Actor actor, long id) {
        RuleSet ruleSet = access.find(actor, id);
        return ruleSet.getCareEligibilityDmn() == null ? EligibilityTable.reference() : ruleSet.getCareEligibilityDmn();
    }

    @Override
    public void copy(long fromRuleSetId, long toRuleSetId) {
        String own = ruleSets.find(fromRuleSetId).orElseThrow().getCareEligibilityDmn();
        if (own != null) {
            ruleSets.find(toRuleSetId).orElseThrow().replaceEligibilityTable(own);
        }
    }

    /** Nothing to seed: a version without a table of its own uses the reference one. */
    @Override
    public void seedReferenceIfEmpty(long ruleSetId) {
        // the reference table is read from the classpath when a version has none
    }
}
