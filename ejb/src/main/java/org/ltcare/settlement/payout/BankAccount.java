package org.ltcare.settlement.payout;

/** Where an institution is paid: bank, account holder and account number, as its profile gives them. */
public record BankAccount(String bank, String name, String number) {

    /** The account on the institution's profile now. */
    public static BankAccount of(org.ltcare.institution.CareInstitution institution) {
        return new BankAccount(institution.getBankName(), institution.getBankAccountName(),
                institution.getBankAccountNumber());
    }

    public boolean isComplete() {
        return filled(bank) && filled(name) && filled(number);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
