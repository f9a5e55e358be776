package org.ltcare.demo.city;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ltcare.institution.CreditCode;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.crypto.FieldCipher;

/**
 * The city's contracted institutions, written with JDBC batches: 10 % hospitals with a long-term-care ward (专护),
 * 10 % township hospitals run with a nursing home (两院一体) and 50 % nursing homes (院护), 30 % home-care agencies
 * (家护); each with its organisation, registry data and payout account, a staff login, an agreement in force over
 * the whole history and, for the agencies, enough care workers for two visits a day to each client within the
 * rule set's daily limit per worker.
 */
final class CityInstitutions {

    /** {@code LIKE} pattern of the generated institutions' organisation codes in a region. */
    static String codePrefix(String region) {
        return "C" + region + "-%";
    }

    /** The staff login of the generated institution with this organisation code: C370200-001 → city-370200-001. */
    static String staffOf(String code) {
        return "city-" + code.substring(1);
    }

    private final Connection connection;
    private final CityPlan plan;
    private final Random random;

    CityInstitutions(Connection connection, CityPlan plan, Random random) {
        this.connection = connection;
        this.plan = plan;
        this.random = random;
    }

    /**
     * @param agreementFrom the agreements' first day (the history's)
     * @param ruleSetCode   the rule set the agreements name
     * @param passwordHash  every staff login's password hash (one password, printed in README)
     * @param workersPerAgency care workers of each home-care agency
     */
    List<CityInstitution> write(LocalDate agreementFrom, String ruleSetCode, String passwordHash,
                                int workersPerAgency, CityIdNumbers idNumbers, LocalDateTime now)
            throws SQLException {
        int count = plan.institutions();
        int hospitals = Math.max(1, count / 10);
        int integrated = Math.max(1, count / 10);
        int agencies = Math.max(1, count * 3 / 10);
        int homes = count - hospitals - integrated - agencies;
        long orgId = IdBlocks.reserve(connection, "organisation", count);
        long accountId = IdBlocks.reserve(connection, "user_account", count);
        long agreementId = IdBlocks.reserve(connection, "service_agreement", count);
        long workerId = IdBlocks.reserve(connection, "care_worker", (long) agencies * workersPerAgency);
        List<CityInstitution> made = new ArrayList<>();
        Timestamp at = Timestamp.valueOf(now);
        try (BatchInsert organisations = new BatchInsert(connection, "organisation", "id", "code", "name", "kind",
                "region_code");
             BatchInsert institutions = new BatchInsert(connection, "care_institution", "organisation_id",
                     "institution_kind", "hospital_level", "has_ltc_ward", "beds", "address", "credit_code",
                     "care_staff", "contact_name", "contact_phone", "bank_name", "bank_account_name",
                     "bank_account_number").after(organisations);
             BatchInsert accounts = new BatchInsert(connection, "user_account", "id", "username", "display_name",
                     "password_hash", "organisation_id", "created_at").after(institutions);
             BatchInsert roles = new BatchInsert(connection, "user_role", "user_id", "role").after(accounts);
             BatchInsert agreements = new BatchInsert(connection, "service_agreement", "id", "number",
                     "institution_id", "valid_from", "valid_until", "status", "rule_set_code", "signed_by",
                     "signed_at").after(roles);
             BatchInsert careTypes = new BatchInsert(connection, "agreement_care_type", "agreement_id", "care_type",
                     "places", "daily_charge").after(agreements);
             BatchInsert workers = new BatchInsert(connection, "care_worker", "id", "institution_id", "name",
                     "id_number", "qualification", "created_by", "created_at", "id_number_index")
                     .after(careTypes)) {
            for (int i = 0; i < count; i++) {
                InstitutionKind kind = i < hospitals ? InstitutionKind.HOSPITAL
                        : i < hospitals + integrated ? InstitutionKind.INTEGRATED
                        : i < hospitals + integrated + homes ? InstitutionKind.NURSING_HOME
                        : InstitutionKind.HOME_CARE_AGENCY;
                CareType careType = kind == InstitutionKind.HOSPITAL ? CareType.SPECIALIZED
                        : kind == InstitutionKind.HOME_CARE_AGENCY ? CareType.HOME : CareType.RESIDENTIAL;
                Integer level = kind == InstitutionKind.HOSPITAL ? 2 + i % 2 : null;
                long id = orgId + i;
                String code = "C" + plan.regionCode() + "-" + String.format("%03d", i + 1);
                String name = CityNames.institution(kind, i + 1);
                String staff = staffOf(code);
                organisations.add(id, code, name, "CARE_INSTITUTION", plan.regionCode());
                int beds = kind == InstitutionKind.HOME_CARE_AGENCY ? 0 : 200 + random.nextInt(300);
                institutions.add(id, kind.name(), level, kind == InstitutionKind.HOSPITAL, beds,
                        CityNames.address(random), creditCode(kind, id), 20 + random.nextInt(60), "王主任",
                        FieldCipher.encrypt("1390532" + String.format("%04d", i)), "中国工商银行青岛分行", name,
                        "380300" + String.format("%013d", id));
                accounts.add(accountId + i, staff, "机构经办（" + name + "）", passwordHash, id, at);
                roles.add(accountId + i, "INSTITUTION_STAFF");
                agreements.add(agreementId + i, "XY-" + plan.regionCode() + "-" + String.format("%07d", id) + "-01",
                        id, agreementFrom, agreementFrom.plusYears(3).minusDays(1), "ACTIVE", ruleSetCode, "city",
                        at);
                careTypes.add(agreementId + i, careType.name(), Math.max(beds, 500), charge(careType, level));
                CityInstitution made1 = new CityInstitution(id, code, kind, careType, level, staff);
                if (kind == InstitutionKind.HOME_CARE_AGENCY) {
                    for (int w = 0; w < workersPerAgency; w++) {
                        long worker = workerId++;
                        CityIdNumbers.Issued idNumber = idNumbers.next(LocalDate.of(1965, 1, 1)
                                .plusDays(random.nextInt(9_000)));
                        workers.add(worker, id, CityNames.person(random), idNumber.encrypted(), "养老护理员（四级）",
                                "city", at, idNumber.index());
                        made1.workers.add(worker);
                    }
                }
                made.add(made1);
            }
        }
        return made;
    }

    /** The agreed daily charge (the fund pays its share up to the rule set's limit; rules.md §5). */
    private BigDecimal charge(CareType type, Integer level) {
        int base = switch (type) {
            case SPECIALIZED -> level != null && level == 3 ? 280 : 240;
            case RESIDENTIAL -> 100 + 10 * random.nextInt(3);
            default -> 60 + 10 * random.nextInt(2);
        };
        return new BigDecimal(base).setScale(2);
    }

    /** 统一社会信用代码: public institutions 12…, private non-enterprise units 52…, companies 91…. */
    private static String creditCode(InstitutionKind kind, long id) {
        String prefix = switch (kind) {
            case HOSPITAL, INTEGRATED -> "12";
            case HOME_CARE_AGENCY -> "91";
            default -> "52";
        };
        return CreditCode.fromFirst17(prefix + "370200" + "MC" + String.format("%07d", id % 10_000_000)).value();
    }
}
