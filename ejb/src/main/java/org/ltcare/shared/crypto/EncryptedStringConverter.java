package org.ltcare.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A text column encrypted at rest ({@link FieldCipher}): phone numbers. */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String value) {
        return value == null ? null : FieldCipher.encrypt(value);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return FieldCipher.decrypt(stored);
    }
}
