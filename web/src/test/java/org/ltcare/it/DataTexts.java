package org.ltcare.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In the server: what Chinese text is data — every run of Chinese characters (and full-width punctuation) stored in the application's own tables
 * (names, addresses, notes, rule-set and holiday names, audit rows' before/after), not in the workflow engine's,
 * whose task names are the BPMN's and must never reach an English page. An English page may show these runs and no
 * others (PageCrawlIT).
 */
@Stateless
public class DataTexts {

    /** Chinese characters with the full-width punctuation and forms around them (，：；（）、。 and the like). */
    static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+");

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    public List<String> runs() {
        Set<String> runs = new TreeSet<>();
        List<?> columns = em.createNativeQuery("select table_name, column_name from information_schema.columns "
                + "where table_schema = database() and data_type in ('char', 'varchar', 'text', 'mediumtext', "
                + "'longtext', 'json') and lower(table_name) not like 'act\\_%' "
                + "and lower(table_name) <> 'flyway_schema_history'").getResultList();
        for (Object column : columns) {
            Object[] names = (Object[]) column;
            String sql = "select distinct `" + names[1] + "` from `" + names[0] + "` where char_length(`" + names[1]
                    + "`) <> length(`" + names[1] + "`)";
            for (Object value : em.createNativeQuery(sql).getResultList()) {
                Matcher run = HAN_RUN.matcher(String.valueOf(value));
                while (run.find()) {
                    runs.add(run.group());
                }
            }
        }
        return List.copyOf(runs);
    }
}
