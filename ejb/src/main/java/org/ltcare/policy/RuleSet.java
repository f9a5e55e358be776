package org.ltcare.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.RuleSetJson;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.Stamp;

/**
 * One version of a region's policy numbers (政策参数版本), e.g. "SD-2025". Its content is kept as the JSON of
 * {@link RuleSetJson}; once active the content is frozen, so that every result computed with it can be
 * explained later by the version code it records.
 */
@Entity
@Table(name = "rule_set")
public class RuleSet extends Identified implements Auditable {

    private static final Map<Long, RuleSetContent> ACTIVE_CONTENT = new ConcurrentHashMap<>();

    @AuditedField
    private String regionCode;

    @AuditedField
    private String code;

    @AuditedField
    private String name;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private RuleSetStatus status = RuleSetStatus.DRAFT;

    @AuditedField
    private LocalDate effectiveFrom;

    @AuditedField
    private LocalDate effectiveTo;

    @AuditedField
    private Long basedOnId;

    @Lob
    @Column(columnDefinition = "LONGTEXT")
    @AuditedField
    private String content;

    /** The version's own care-type eligibility decision (DMN XML), or null for the reference one. */
    @Lob
    @Column(columnDefinition = "LONGTEXT")
    private String careEligibilityDmn;

    @Embedded
    private Stamp created;

    @Embedded
    private Stamp activated;

    @Version
    private int rowVersion;

    protected RuleSet() {
    }

    /** A new draft; {@code basedOn} is the version it was copied from, if any. */
    public RuleSet(String regionCode, String code, String name, RuleSetContent content, Long basedOnId,
                   String createdBy, Instant createdAt) {
        this.regionCode = Objects.requireNonNull(regionCode, "regionCode");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.content = RuleSetJson.write(content);
        this.basedOnId = basedOnId;
        this.created = Stamp.of(createdBy, createdAt);
    }

    /**
     * The numbers. An active version's content is frozen, so it is read from its JSON once per server and kept by
     * id (a region has a handful of versions); a draft's is read each time, as it may have just been edited.
     */
    public RuleSetContent content() {
        if (status != RuleSetStatus.ACTIVE || getId() == null) {
            return RuleSetJson.read(content);
        }
        return ACTIVE_CONTENT.computeIfAbsent(getId(), id -> RuleSetJson.read(content));
    }

    /** Drafts only: an active version's numbers may have been used. */
    /** A draft takes its own eligibility table, or (null) goes back to the reference one. */
    void replaceEligibilityTable(String xml) {
        requireDraft();
        this.careEligibilityDmn = xml;
    }

    void replaceContent(String newName, RuleSetContent newContent) {
        requireDraft();
        this.name = Objects.requireNonNull(newName, "name");
        this.content = RuleSetJson.write(newContent);
    }

    void activate(LocalDate from, LocalDate to, String by, Instant at) {
        requireDraft();
        this.status = RuleSetStatus.ACTIVE;
        this.effectiveFrom = Objects.requireNonNull(from, "from");
        this.effectiveTo = to;
        this.activated = Stamp.of(by, at);
    }

    /** A successor takes over from {@code lastDay + 1}; the days before keep this version. */
    void endOn(LocalDate lastDay) {
        if (status != RuleSetStatus.ACTIVE || lastDay.isBefore(effectiveFrom)) {
            throw new IllegalStateException("cannot end " + code + " on " + lastDay);
        }
        this.effectiveTo = lastDay;
    }

    /** Only a draft changes (RuleSetAccess.editableDraft asks before every edit). */
    void requireDraft() {
        if (status != RuleSetStatus.DRAFT) {
            throw new BusinessException("ruleSet.notDraft", code);
        }
    }

    /** Whether its effective range shares a day with [from, to] (to null = open-ended). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        if (status != RuleSetStatus.ACTIVE) {
            return false;
        }
        boolean startsBeforeOtherEnds = to == null || !effectiveFrom.isAfter(to);
        boolean endsAfterOtherStarts = effectiveTo == null || !effectiveTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public boolean isInForceOn(LocalDate date) {
        return status == RuleSetStatus.ACTIVE && !date.isBefore(effectiveFrom)
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    @Override
    public String auditType() {
        return "RuleSet";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("careEligibilityTable", careEligibilityDmn == null ? "reference"
                : "own (" + careEligibilityDmn.length() + " characters, hash "
                        + Integer.toHexString(careEligibilityDmn.hashCode()) + ")");
        return state;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RuleSetStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public Long getBasedOnId() {
        return basedOnId;
    }

    public String getContentJson() {
        return content;
    }

    public Stamp getCreated() {
        return created;
    }

    public Stamp getActivated() {
        return activated;
    }

    public String getCareEligibilityDmn() {
        return careEligibilityDmn;
    }
}
