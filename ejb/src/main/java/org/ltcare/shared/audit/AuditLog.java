package org.ltcare.shared.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltcare.shared.security.Actor;

/** Writes the audit trail in the caller's transaction, so a change and its audit entry stand or fall together. */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Records a change; {@code before} is null for a creation. */
    public void record(Actor actor, String action, Map<String, Object> before, Auditable after) {
        em.persist(new AuditEntry(clock.instant(), actor.username(), actor.organisationId(), after.auditType(),
                after.auditId(), action, toJson(before), toJson(after.auditState())));
    }

    public List<AuditEntry> history(String entityType, String entityId) {
        return em.createQuery("select a from AuditEntry a where a.entityType = :type and a.entityId = :id "
                        + "order by a.occurredAt, a.id", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    private static String toJson(Map<String, Object> state) {
        if (state == null) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(state).forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else {
                json.add(key, value.toString());
            }
        });
        return json.build().toString();
    }
}
