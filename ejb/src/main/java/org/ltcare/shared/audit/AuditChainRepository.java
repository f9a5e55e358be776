package org.ltcare.shared.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * The chain's tables (audit_seal, audit_chain_head, audit_pending) in plain SQL: the entries are read as the
 * database stores them, which is what the hash covers. Runs in the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditChainRepository {

    /** The entry's columns as text; the time as the database prints it (independent of any time zone). */
    private static final String LINK_COLUMNS = "a.id, date_format(a.occurred_at, '%Y-%m-%d %H:%i:%s.%f'), "
            + "a.actor_username, a.actor_org_id, a.entity_type, a.entity_id, a.action, a.before_state, a.after_state";

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /** The chain's last seal {seq, hash}, locked until the transaction ends: one sealer at a time. */
    public Head lockHead() {
        Object[] row = (Object[]) em.createNativeQuery("select seq, hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    public Head head() {
        Object[] row = (Object[]) em.createNativeQuery("select seq, hash from audit_chain_head where id = 1")
                .getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    /** Entries waiting for their seal, oldest first. */
    public List<ChainLink> pending(int limit) {
        List<?> rows = em.createNativeQuery("select " + LINK_COLUMNS + " from audit_pending p "
                + "join audit_log a on a.id = p.entry_id order by p.entry_id").setMaxResults(limit).getResultList();
        return rows.stream().map(row -> link((Object[]) row, 0)).toList();
    }

    /** A seal to write: the entry's place in the chain and the hash up to it. */
    public record Seal(long seq, long entryId, String hash) {
    }

    /**
     * Writes the seals and takes their entries off the pending list: two statements for a batch (a sealer that
     * catches up wrote two per entry).
     */
    public void seal(List<Seal> seals, Instant at) {
        if (seals.isEmpty()) {
            return;
        }
        Query insert = em.createNativeQuery("insert into audit_seal (seq, entry_id, hash, sealed_at) values "
                + String.join(", ", Collections.nCopies(seals.size(), "(?, ?, ?, ?)")));
        Query delete = em.createNativeQuery("delete from audit_pending where entry_id in ("
                + String.join(", ", Collections.nCopies(seals.size(), "?")) + ")");
        Timestamp sealedAt = Timestamp.from(at);
        for (int i = 0; i < seals.size(); i++) {
            Seal seal = seals.get(i);
            insert.setParameter(4 * i + 1, seal.seq()).setParameter(4 * i + 2, seal.entryId())
                    .setParameter(4 * i + 3, seal.hash()).setParameter(4 * i + 4, sealedAt);
            delete.setParameter(i + 1, seal.entryId());
        }
        insert.executeUpdate();
        delete.executeUpdate();
    }

    public void moveHead(Head head) {
        em.createNativeQuery("update audit_chain_head set seq = ?, hash = ? where id = 1")
                .setParameter(1, head.seq()).setParameter(2, head.hash()).executeUpdate();
    }

    public void markPending(long entryId) {
        em.createNativeQuery("insert into audit_pending (entry_id) values (?)").setParameter(1, entryId)
                .executeUpdate();
    }

    /** Seals after {@code afterSeq} in order, each with its entry (null fields when the entry is gone). */
    public List<SealedLink> sealedAfter(long afterSeq, int limit) {
        List<?> rows = em.createNativeQuery("select s.seq, s.hash, s.entry_id, " + LINK_COLUMNS
                        + " from audit_seal s left join audit_log a on a.id = s.entry_id where s.seq > ? order by s.seq")
                .setParameter(1, afterSeq).setMaxResults(limit).getResultList();
        return rows.stream().map(item -> {
            Object[] row = (Object[]) item;
            ChainLink link = row[3] == null ? null : link(row, 3);
            return new SealedLink(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(), link);
        }).toList();
    }

    /** Entries that are neither sealed nor pending: written around the application. */
    public long unsealedEntries() {
        return ((Number) em.createNativeQuery("select count(*) from audit_log a where not exists "
                + "(select 1 from audit_seal s where s.entry_id = a.id) and not exists "
                + "(select 1 from audit_pending p where p.entry_id = a.id)").getSingleResult()).longValue();
    }

    /** The first such entry, by id. */
    public long firstUnsealedEntry() {
        return ((Number) em.createNativeQuery("select min(a.id) from audit_log a where not exists "
                + "(select 1 from audit_seal s where s.entry_id = a.id) and not exists "
                + "(select 1 from audit_pending p where p.entry_id = a.id)").getSingleResult()).longValue();
    }

    private static ChainLink link(Object[] row, int from) {
        return new ChainLink(((Number) row[from]).longValue(), (String) row[from + 1], (String) row[from + 2],
                row[from + 3] == null ? null : ((Number) row[from + 3]).longValue(), (String) row[from + 4],
                (String) row[from + 5], (String) row[from + 6], (String) row[from + 7], (String) row[from + 8]);
    }

    public record Head(long seq, String hash) {
    }

    /** A seal and the entry it covers (null when that entry no longer exists). */
    public record SealedLink(long seq, String hash, long entryId, ChainLink link) {
    }
}
