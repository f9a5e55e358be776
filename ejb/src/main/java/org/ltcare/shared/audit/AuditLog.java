package org.ltcare.shared.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltcare.shared.crypto.SensitiveText;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.Jsons;

/** Writes the audit trail in the caller's transaction, so a change and its audit entry stand or fall together. */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditChain chain;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private static final Object SEAL_AFTER_COMMIT = AuditLog.class.getName() + ".seal";

    /** Records a change; {@code before} is null for a creation. */
    public void record(Actor actor, String action, Map<String, Object> before, Auditable after) {
        write(new AuditEntry(clock.instant(), actor.username(), actor.organisationId(), after.auditType(),
                after.auditId(), action, toJson(before), toJson(after.auditState())));
    }

    /**
     * Records a security event (a login, a refusal, a role change) about {@code subject}; {@code details} are
     * written as the entry's after-state.
     */
    public void security(String username, Long organisationId, SecurityEvent event, String subject,
                         Map<String, Object> details) {
        write(new AuditEntry(clock.instant(), username, organisationId, SecurityEvent.AUDIT_TYPE, subject,
                event.name(), null, toJson(details)));
    }

    /** The entry, its place in the queue of the chain, and a seal soon after this transaction commits. */
    private void write(AuditEntry entry) {
        em.persist(entry);
        em.persist(new PendingSeal(entry.getId()));
        if (transactions.getResource(SEAL_AFTER_COMMIT) == null) {
            transactions.putResource(SEAL_AFTER_COMMIT, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing: the entries are sealed once they are committed.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        chain.sealSoon();
                    }
                }
            });
        }
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
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        new TreeMap<>(state).forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else {
                json.add(key, value.toString());
            }
        });
        // ID and phone numbers are stored encrypted, like in their own tables (SensitiveText.open reads them).
        return SensitiveText.seal(json.build().toString());
    }
}
