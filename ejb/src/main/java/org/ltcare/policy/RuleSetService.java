package org.ltcare.policy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.RuleSetProblem;
import org.ltcare.policy.rules.RuleSetValidator;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;

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
    private static final String EDIT = "ruleSet.edit";

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private AuditLog audit;

    @Inject
    private RuleSetAccess access;

    /** Every kind of per-version setting (catalogue, audit rules, deposit bands, eligibility table). */
    @Inject
    @Any
    private Instance<VersionedSetting> settings;

    @Inject
    private Clock clock;


    // ---- Reading

    /** The version in force in the region on the date; an explicit error when there is none. */
    public RuleSet inForce(String regionCode, LocalDate date) {
        return access.inForce(regionCode, date);
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
        return access.regionOf(actor);
    }

    public List<RuleSet> list(Actor actor) {
        access.requireReader(actor);
        return ruleSets.ofRegion(regionOf(actor));
    }

    public RuleSet find(Actor actor, long id) {
        return access.find(actor, id);
    }

    // ---- Administration (SYSTEM_ADMIN)

    /** A draft copy of an existing version, under a new code. */
    public RuleSet createDraft(Actor actor, long fromId, String code, String name) {
        access.requireEditor(actor, EDIT);
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
        ruleSets.save(draft);
        settings.forEach(setting -> setting.copy(source.getId(), draft.getId()));
        audit.record(actor, "CREATE_DRAFT", null, draft);
        return draft;
    }

    /** Replaces a draft's content; refused, with every problem named, unless the content is valid. */
    public RuleSet saveDraft(Actor actor, long id, String name, RuleSetContent content) {
        RuleSet draft = access.editableDraft(actor, id, EDIT);
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
        RuleSet draft = access.editableDraft(actor, id, EDIT);
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
        RuleSet draft = access.editableDraft(actor, id, EDIT);
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
            settings.forEach(setting -> setting.seedReferenceIfEmpty(installed.get().getId()));
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
        settings.forEach(setting -> setting.seedReferenceIfEmpty(ruleSet.getId()));
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
}
