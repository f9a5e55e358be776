package org.ltcare.policy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ltcare.policy.auditrule.AuditRuleService;
import org.ltcare.policy.catalogue.ServiceCatalogueService;
import org.ltcare.policy.deposit.DepositBandService;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.RuleSetProblem;
import org.ltcare.policy.rules.RuleSetValidator;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.files.UploadRule;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.security.Role;

/**
 * Rule-set versions per region: which one is in force on a date, and their administration by the bureau
 * (copy a version into a draft, edit the draft with validation, activate it from a date). Effective ranges of
 * a region's active versions never overlap; a new open-ended version succeeds the open-ended one before it,
 * which then ends the day before. Every change is audited with its before and after state.
 */
@Stateless
public class RuleSetService {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    static final int MAX_NAME_LENGTH = 128;
    /** A DMN table is XML text; Camunda Modeler's are a few dozen KB. */
    static final UploadRule ELIGIBILITY_FILE = UploadRule.text(10L * 1024 * 1024, "DMN");

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private ServiceCatalogueService catalogue;

    @Inject
    private AuditRuleService auditRules;

    @Inject
    private DepositBandService depositBands;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    // ---- Reading

    /** The version in force in the region on the date; an explicit error when there is none. */
    public RuleSet inForce(String regionCode, LocalDate date) {
        return ruleSets.inForce(regionCode, date)
                .orElseThrow(() -> new BusinessException("ruleSet.noneInForce", regionCode, date.toString()));
    }

    /** The version a stored result was computed with, by its code. */
    public RuleSet byCode(String regionCode, String code) {
        return ruleSets.byCode(regionCode, code)
                .orElseThrow(() -> new NotFoundException("RuleSet", code));
    }

    /**
     * For a trial calculation: the named version of the caller's region (it must be active), or the one in force
     * on the date when no code is given.
     */
    public RuleSet forCalculation(Actor actor, String code, LocalDate date) {
        String region = regionOf(actor);
        if (code == null || code.isBlank()) {
            return inForce(region, date);
        }
        return ruleSets.byCode(region, code.trim())
                .filter(r -> r.getStatus() == RuleSetStatus.ACTIVE)
                .orElseThrow(() -> new ValidationException(List.of(
                        new FieldError("ruleSet", "ruleSet.unknownCode", List.of(code.trim())))));
    }

    public String regionOf(Actor actor) {
        return accounts.regionOf(actor);
    }

    public List<RuleSet> list(Actor actor) {
        requireRead(actor);
        return ruleSets.ofRegion(regionOf(actor));
    }

    public RuleSet find(Actor actor, long id) {
        requireRead(actor);
        RuleSet ruleSet = ruleSets.find(id).orElseThrow(() -> new NotFoundException("RuleSet", id));
        if (!ruleSet.getRegionCode().equals(regionOf(actor))) {
            throw new NotFoundException("RuleSet", id);
        }
        return ruleSet;
    }

    // ---- Administration (SYSTEM_ADMIN)

    /** A draft copy of an existing version, under a new code. */
    public RuleSet createDraft(Actor actor, long fromId, String code, String name) {
        requireAdmin(actor);
        RuleSet source = find(actor, fromId);
        String newCode = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!CODE.matcher(newCode).matches()) {
            errors.add(new FieldError("code", "ruleSet.codeInvalid"));
        } else if (ruleSets.byCode(source.getRegionCode(), newCode).isPresent()) {
            errors.add(new FieldError("code", "ruleSet.codeTaken", List.of(newCode)));
        }
        checkName(name, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        RuleSet draft = new RuleSet(source.getRegionCode(), newCode, name.trim(), source.content(), source.getId(),
                actor.username(), clock.instant());
        if (source.getCareEligibilityDmn() != null) {
            draft.replaceEligibilityTable(source.getCareEligibilityDmn());
        }
        ruleSets.save(draft);
        catalogue.copy(source.getId(), draft.getId());
        auditRules.copy(source.getId(), draft.getId());
        depositBands.copy(source.getId(), draft.getId());
        audit.record(actor, "CREATE_DRAFT", null, draft);
        return draft;
    }

    /**
     * Gives a draft its own care-type eligibility table (DMN XML), checked first; null returns it to the reference
     * table. Only drafts change: a version's table is fixed once it is in force, like its numbers.
     */
    public RuleSet saveEligibilityTable(Actor actor, long id, String xml) {
        requireAdmin(actor);
        RuleSet draft = find(actor, id);
        draft.requireDraft();
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

    /** An uploaded table file: text (XML) by its content, checked and saved as {@link #saveEligibilityTable} does. */
    public RuleSet uploadEligibilityTable(Actor actor, long id, String fileName, byte[] content) {
        requireAdmin(actor);
        ELIGIBILITY_FILE.check("eligibilityTable", fileName, content);
        return saveEligibilityTable(actor, id, new String(content, StandardCharsets.UTF_8));
    }

    /** The table a version decides care-type eligibility with: its own, or the reference one. */
    public String eligibilityTable(Actor actor, long id) {
        RuleSet ruleSet = find(actor, id);
        return ruleSet.getCareEligibilityDmn() == null ? EligibilityTable.reference() : ruleSet.getCareEligibilityDmn();
    }

    /** Replaces a draft's content; refused, with every problem named, unless the content is valid. */
    public RuleSet saveDraft(Actor actor, long id, String name, RuleSetContent content) {
        requireAdmin(actor);
        RuleSet draft = find(actor, id);
        draft.requireDraft();
        List<FieldError> errors = new ArrayList<>();
        checkName(name, errors);
        errors.addAll(problemsOf(content));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, Object> before = draft.auditState();
        draft.replaceContent(name.trim(), content);
        audit.record(actor, "EDIT_DRAFT", before, draft);
        return draft;
    }

    /**
     * Puts a draft in force from {@code from} (to {@code to}, inclusive, or open-ended). The open-ended version
     * in force before it ends the day before; any other overlap is refused.
     */
    public RuleSet activate(Actor actor, long id, LocalDate from, LocalDate to) {
        requireAdmin(actor);
        RuleSet draft = find(actor, id);
        draft.requireDraft();
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("effectiveFrom", "validation.required"));
        } else if (to != null && to.isBefore(from)) {
            errors.add(new FieldError("effectiveTo", "ruleSet.endBeforeStart"));
        }
        errors.addAll(problemsOf(draft.content()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ruleSets.lockRegion(draft.getRegionCode());
        for (RuleSet other : ruleSets.ofRegion(draft.getRegionCode())) {
            if (other.getId().equals(draft.getId()) || !other.overlaps(from, to)) {
                continue;
            }
            if (succeeds(other, from, to)) {
                Map<String, Object> before = other.auditState();
                other.endOn(from.minusDays(1));
                audit.record(actor, "END", before, other);
            } else {
                throw new BusinessException("ruleSet.overlap", other.getCode(),
                        String.valueOf(other.getEffectiveFrom()),
                        other.getEffectiveTo() == null ? "—" : other.getEffectiveTo().toString());
            }
        }
        Map<String, Object> before = draft.auditState();
        draft.activate(from, to, actor.username(), clock.instant());
        audit.record(actor, "ACTIVATE", before, draft);
        return draft;
    }

    public void deleteDraft(Actor actor, long id) {
        requireAdmin(actor);
        RuleSet draft = find(actor, id);
        draft.requireDraft();
        audit.record(actor, "DELETE_DRAFT", draft.auditState(), draft);
        ruleSets.delete(draft);
    }

    /**
     * Installs an active version without a user (the reference set on a new installation, demo data).
     * Refused like any activation when it would overlap.
     */
    public RuleSet install(Actor system, String regionCode, String code, String name, RuleSetContent content,
                           LocalDate from) {
        ruleSets.lockRegion(regionCode);
        Optional<RuleSet> installed = ruleSets.byCode(regionCode, code);
        if (installed.isPresent()) {
            catalogue.seedReferenceIfEmpty(installed.get().getId());
            auditRules.seedReferenceIfEmpty(installed.get().getId());
            depositBands.seedReferenceIfEmpty(installed.get().getId());
            return installed.get();
        }
        List<FieldError> problems = problemsOf(content);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (ruleSets.ofRegion(regionCode).stream().anyMatch(r -> r.overlaps(from, null))) {
            throw new BusinessException("ruleSet.overlap", code, from.toString(), "—");
        }
        RuleSet ruleSet = new RuleSet(regionCode, code, name, content, null, system.username(), clock.instant());
        ruleSet.activate(from, null, system.username(), clock.instant());
        ruleSets.save(ruleSet);
        catalogue.seedReferenceIfEmpty(ruleSet.getId());
        auditRules.seedReferenceIfEmpty(ruleSet.getId());
        depositBands.seedReferenceIfEmpty(ruleSet.getId());
        audit.record(system, "INSTALL", null, ruleSet);
        return ruleSet;
    }

    /** The ordinary succession: both open-ended, the new one starting later. */
    private static boolean succeeds(RuleSet other, LocalDate from, LocalDate to) {
        return to == null && other.getEffectiveTo() == null && other.getEffectiveFrom().isBefore(from);
    }

    private static List<FieldError> problemsOf(RuleSetContent content) {
        List<RuleSetProblem> problems = RuleSetValidator.validate(content);
        return problems.stream()
                .map(p -> new FieldError(p.path(), p.messageKey(), p.arguments()))
                .toList();
    }

    private static void checkName(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "validation.required"));
        } else if (name.trim().length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "validation.tooLong"));
        }
    }

    private static void requireRead(Actor actor) {
        if (!actor.hasAny(Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER, Role.SYSTEM_ADMIN, Role.AUDITOR,
                Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("ruleSet.read");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("ruleSet.edit");
        }
    }
}
