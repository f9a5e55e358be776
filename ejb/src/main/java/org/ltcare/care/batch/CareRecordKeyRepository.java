package org.ltcare.care.batch;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The idempotency keys an institution's system has used. */
@Stateless
public class CareRecordKeyRepository {

    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /** The content hashes stored under these keys of the institution. */
    public Map<String, String> hashes(long institutionId, Collection<String> keys) {
        Map<String, String> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createQuery("select k from CareRecordKey k where k.institutionId = :institution "
                    + "and k.idempotencyKey in :keys", CareRecordKey.class)
                    .setParameter("institution", institutionId)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultStream().forEach(k -> found.put(k.getIdempotencyKey(), k.getContentHash()));
        }
        return found;
    }

    public void save(long institutionId, String key, String hash, String kind, Instant at) {
        em.persist(new CareRecordKey(institutionId, key, hash, kind, at));
    }
}
