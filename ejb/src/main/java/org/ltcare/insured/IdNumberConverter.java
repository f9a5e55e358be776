package org.ltcare.insured;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.ltcare.shared.crypto.FieldCipher;

/**
 * Stores an {@link IdNumber} encrypted ({@link FieldCipher}); values in the database were validated on the way in.
 * Entities keep its blind index ({@link #index}) beside it for exact search and uniqueness.
 */
@Converter
public class IdNumberConverter implements AttributeConverter<IdNumber, String> {

    @Override
    public String convertToDatabaseColumn(IdNumber idNumber) {
        return idNumber == null ? null : FieldCipher.encrypt(idNumber.value());
    }

    @Override
    public IdNumber convertToEntityAttribute(String value) {
        return value == null ? null : IdNumber.parse(FieldCipher.decrypt(value));
    }

    /** The blind index of an ID number: equal for equal numbers, nothing else to be read from it. */
    public static String index(IdNumber idNumber) {
        return FieldCipher.blindIndex("idNumber", idNumber.value());
    }
}
