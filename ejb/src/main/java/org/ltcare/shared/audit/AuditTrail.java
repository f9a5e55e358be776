package org.ltcare.shared.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.time.ClockProducer;

/**
 * The audit trail as its readers see it: the audit administrator (审计管理员) and the auditor (稽核) search, read and
 * verify it; nobody changes it. Every verification is itself an entry.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private AuditChain chain;

    @Inject
    private AuditLog audit;

    public static boolean mayRead(Actor actor) {
        return actor.hasAny(Role.AUDIT_ADMIN, Role.AUDITOR);
    }

    public List<AuditEntry> search(Actor actor, AuditQuery query, int first, int max) {
        requireReader(actor);
        return query(query, "select a from AuditEntry a", " order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Actor actor, AuditQuery query) {
        requireReader(actor);
        return query(query, "select count(a) from AuditEntry a", "", Long.class).getSingleResult();
    }

    public AuditEntry entry(Actor actor, long id) {
        requireReader(actor);
        AuditEntry entry = em.find(AuditEntry.class, id);
        if (entry == null) {
            throw new NotFoundException("AuditEntry", id);
        }
        return entry;
    }

    /** The entry's fields before and after, as this reader may see them. */
    public List<AuditDiff.Field> diff(Actor actor, AuditEntry entry) {
        requireReader(actor);
        return AuditDiff.of(entry.getBeforeState(), entry.getAfterState(), actor.maySeeFullIdNumbers());
    }

    /** The object types in the trail, for the filter. */
    public List<String> entityTypes(Actor actor) {
        requireReader(actor);
        return em.createQuery("select distinct a.entityType from AuditEntry a order by a.entityType", String.class)
                .getResultList();
    }

    /** Walks the whole chain; the walk and what it found are recorded. */
    public ChainVerification verify(Actor actor) {
        requireReader(actor);
        ChainVerification result = chain.verify();
        Map<String, Object> details = new HashMap<>();
        details.put("checked", result.checked());
        details.put("headSeq", result.headSeq());
        details.put("headHash", result.headHash());
        details.put("intact", result.intact());
        result.firstBreak().ifPresent(broken -> {
            details.put("brokenSeq", broken.seq());
            details.put("brokenEntry", broken.entryId());
            details.put("problem", broken.problem());
        });
        audit.security(actor.username(), actor.organisationId(), SecurityEvent.AUDIT_CHAIN_VERIFIED,
                "chain", details);
        return result;
    }

    private <T> TypedQuery<T> query(AuditQuery query, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.from() != null) {
            where.append(" and a.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay(ClockProducer.ZONE).toInstant());
        }
        if (query.to() != null) {
            where.append(" and a.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant());
        }
        criterion(where, parameters, "actorUsername", query.username());
        criterion(where, parameters, "entityType", query.entityType());
        criterion(where, parameters, "entityId", query.entityId());
        criterion(where, parameters, "action", query.action());
        TypedQuery<T> typed = em.createQuery(select + where + order, type);
        for (Entry<String, Object> parameter : parameters.entrySet()) {
            typed.setParameter(parameter.getKey(), parameter.getValue());
        }
        return typed;
    }

    private static void criterion(StringBuilder where, Map<String, Object> parameters, String field, String value) {
        if (AuditQuery.given(value)) {
            where.append(" and a.").append(field).append(" = :").append(field);
            parameters.put(field, value.trim());
        }
    }

    private static void requireReader(Actor actor) {
        if (!mayRead(actor)) {
            throw new AccessDeniedException("audit.read");
        }
    }
}
