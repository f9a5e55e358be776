package org.ltcare.demo.city;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.IdNumberConverter;
import org.ltcare.shared.crypto.FieldCipher;

/**
 * Valid, unique 身份证号 for generated people: the city's district codes, a birth date and a sequence number, with
 * the check digit computed. Numbers already stored (their blind index) are never handed out again.
 */
final class CityIdNumbers {

    /** 青岛's districts: generated people live across the city. */
    private static final List<String> DISTRICTS = List.of("370202", "370203", "370211", "370212", "370213",
            "370214", "370215", "370281", "370283", "370285");

    private final Set<String> taken = new HashSet<>();
    private final Random random;

    CityIdNumbers(Connection connection, Random random) throws SQLException {
        this.random = random;
        try (PreparedStatement query = connection.prepareStatement(
                "select id_number_index from insured_person where id_number_index is not null");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                taken.add(rs.getString(1));
            }
        }
    }

    /** A generated person's number, stored as the application stores it: encrypted, with its blind index. */
    record Issued(IdNumber number, String index) {
        String encrypted() {
            return FieldCipher.encrypt(number.value());
        }
    }

    /** A new number of someone born on {@code born}, with the blind index its uniqueness was checked by. */
    Issued next(LocalDate born) {
        String birth = born.toString().replace("-", "");
        while (true) {
            String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
            IdNumber candidate = IdNumber.fromFirst17(district + birth + String.format("%03d", random.nextInt(1000)));
            String index = IdNumberConverter.index(candidate);
            if (taken.add(index)) {
                return new Issued(candidate, index);
            }
        }
    }
}
