package org.ltcare.it;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A deterministic failure in the middle of the claim-generation job: a trigger in the real database refuses a new
 * claim of one institution, as a full disk or a lost connection would, so that its chunk rolls back and the run
 * fails there; {@link #heal()} drops it. DDL, so outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FailingClaimGeneration {

    private static final String TRIGGER = "it_claim_generation_fails";

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    public void failFor(long institutionId) {
        execute("CREATE TRIGGER " + TRIGGER + " BEFORE INSERT ON care_claim FOR EACH ROW "
                + "BEGIN IF NEW.institution_id = " + institutionId + " THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test: this claim cannot be written'; END IF; END");
    }

    public void heal() {
        execute("DROP TRIGGER IF EXISTS " + TRIGGER);
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
