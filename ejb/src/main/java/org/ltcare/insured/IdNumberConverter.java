package org.ltcare.insured;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link IdNumber} as its 18 characters; values in the database were validated on the way in. */
@Converter
public class IdNumberConverter implements AttributeConverter<IdNumber, String> {

    @Override
    public String convertToDatabaseColumn(IdNumber idNumber) {
        return idNumber == null ? null : idNumber.value();
    }

    @Override
    public IdNumber convertToEntityAttribute(String value) {
        return value == null ? null : IdNumber.parse(value);
    }
}
