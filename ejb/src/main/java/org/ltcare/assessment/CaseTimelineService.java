package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.audit.AuditEntry;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.crypto.SensitiveText;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.Jsons;

/**
 * Every recorded step of a case, oldest first, with who and when: the application, each assessment round, the
 * notice, the objections, the conclusions and what other capabilities add ({@link CaseStepSource}: care
 * assignment's admissions), read from the audit trail (which records every change). Scoped
 * like the application.
 */
@Stateless
public class CaseTimelineService {

    /** One step: when, by whom, on what and what was done, and the state the thing had afterwards. */
    public record Step(Instant at, String actor, String entityType, String action, Map<String, String> after) {

        public Step {
            after = Map.copyOf(after);
        }
    }

    @Inject
    private ApplicationService applications;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private NoticeRepository notices;

    @Inject
    private ConclusionRepository conclusions;

    @Inject
    private AuditLog audit;

    @Inject
    @Any
    private Instance<CaseStepSource> otherSteps;

    public List<Step> of(Actor actor, long applicationId) {
        AssessmentApplication application = applications.find(actor, applicationId);
        List<AuditEntry> entries = new ArrayList<>(audit.history(application.auditType(), application.auditId()));
        assessments.ofApplication(applicationId).forEach(a -> entries.addAll(audit.history(a.auditType(), a.auditId())));
        notices.ofApplication(applicationId).forEach(n -> entries.addAll(audit.history(n.auditType(), n.auditId())));
        notices.objectionsOf(applicationId).forEach(o -> entries.addAll(audit.history(o.auditType(), o.auditId())));
        conclusions.ofApplication(applicationId).forEach(c -> entries.addAll(audit.history(c.auditType(), c.auditId())));
        otherSteps.forEach(source -> entries.addAll(source.entriesOf(applicationId)));
        return entries.stream()
                .sorted(Comparator.comparing(AuditEntry::getOccurredAt).thenComparing(AuditEntry::getId))
                .map(e -> new Step(e.getOccurredAt(), e.getActorUsername(), e.getEntityType(), e.getAction(),
                        state(e.getAfterState())))
                .toList();
    }

    /** The audit log writes each state as a flat JSON object of strings (or nulls). */
    private static Map<String, String> state(String json) {
        Map<String, String> state = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return state;
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> {
                if (value.getValueType() == JsonValue.ValueType.STRING) {
                    state.put(key, SensitiveText.open(object.getString(key)));
                } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                    state.put(key, value.toString());
                }
            });
        }
        return state;
    }
}
