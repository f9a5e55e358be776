package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: a page keeps what it shows in its view, and the view is in the session, which the cluster copies to
 * another node after each request — so every entity a page may hold must be copyable. A page holding one that was
 * not (an application on its case page, an assessment on its form) made the copy fail and the session's next
 * request on that node wait. Every entity type must be Serializable, and its first row, if any (the demo's data has
 * most), is written out as the copy writes it.
 */
class SessionCopyIT extends IntegrationTest {

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    @Test
    void everyEntityAPageMayKeepCanBeCopiedToAnotherNode() {
        List<String> copied = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            if (!Serializable.class.isAssignableFrom(type.getJavaType())) {
                failed.add(type.getName() + ": not Serializable"); // whether or not a row exists yet
                continue;
            }
            List<?> first = em.createQuery("select e from " + type.getName() + " e", type.getJavaType())
                    .setMaxResults(1).getResultList();
            if (first.isEmpty()) {
                continue;
            }
            try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                out.writeObject(first.get(0));
                copied.add(type.getName());
            } catch (IOException e) {
                failed.add(type.getName() + ": " + e);
            }
        }
        assertEquals(List.of(), failed);
        assertTrue(copied.size() >= 30, "most entity types have a row in the demo data (32 of 48): " + copied);
    }
}
