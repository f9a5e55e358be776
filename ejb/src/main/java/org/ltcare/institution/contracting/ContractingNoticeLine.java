package org.ltcare.institution.contracting;

import java.time.LocalDate;

/** One institution on the public 拟定点公示: who, where, what care it is to provide, and the notice period. */
public record ContractingNoticeLine(String institutionName, String kindText, String address, String careTypes,
        LocalDate from, LocalDate until) {
}
