package org.ltcare.policy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.RuleSetJson;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * One version of a region's policy numbers (政策参数版本), e.g. "SD-2025". Its content is kept as the JSON of
 * {@link RuleSetJson}; once active the content is frozen, so that every result computed with it can be
 * explained later by the version code it records.
 */
@Entity
@Table(name = "rule_set")
public class RuleSet implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RuleSetStatus status = RuleSetStatus.DRAFT;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "based_on_id")
    private Long basedOnId;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String content;

    /** The version's own care-type eligibility decision (DMN XML), or null for the reference one. */
    @Lob
    @Column(name = "care_eligibility_dmn", columnDefinition = "LONGTEXT")
    private String careEligibilityDmn;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "created_at"))
    private Stamp created;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "activated_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "activated_at"))
    private Stamp activated;

    @Version
    @Column(name = "row_version", nullable = false)
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

    public RuleSetContent content() {
        return RuleSetJson.read(content);
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

    /** For the parts of a version kept beside it (its service-item catalogue): only a draft changes. */
    public void requireDraftForEdit() {
        requireDraft();
    }

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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("regionCode", regionCode);
        state.put("code", code);
        state.put("name", name);
        state.put("status", status);
        state.put("effectiveFrom", effectiveFrom);
        state.put("effectiveTo", effectiveTo);
        state.put("basedOnId", basedOnId);
        state.put("content", content);
        state.put("careEligibilityTable", careEligibilityDmn == null ? "reference"
                : "own (" + careEligibilityDmn.length() + " characters, hash "
                        + Integer.toHexString(careEligibilityDmn.hashCode()) + ")");
        return state;
    }

    public Long getId() {
        return id;
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
