package org.ltcare.settlement.payout;

/** Where an institution is paid: bank, account holder and account number, as its profile gives them. */
public record BankAccount(String bank, String name, String number) {

    public boolean isComplete() {
        return filled(bank) && filled(name) && filled(number);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
