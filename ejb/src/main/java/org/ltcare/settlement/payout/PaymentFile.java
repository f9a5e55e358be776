package org.ltcare.settlement.payout;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltcare.institution.CareInstitution;

/**
 * The bank payment file (layout in docs/payment-file.md): UTF-8 with BOM, CRLF, a header row, then one transfer
 * per institution with a reference the institution's bank statement shows. A payout batch's file pays each
 * institution the sum of its paid claims to the account kept on the payout rows; the deposit clearing's file pays
 * the released deposits. Transfers of 0 have no row.
 */
public final class PaymentFile {

    public static final String HEADER = "序号,收款单位,统一社会信用代码,开户银行,户名,账号,金额,附言";

    private PaymentFile() {
    }

    /** One transfer: to whom, to which account, how much, with what reference. */
    public record Transfer(String institutionName, String creditCode, BankAccount account, BigDecimal amount,
            String reference) {
    }

    /** A payout batch's file: per institution, the sum of its paid claims to the account kept on its rows. */
    public static byte[] write(PayoutBatch batch, List<Payout> rows, Map<Long, CareInstitution> institutions) {
        Map<Long, BigDecimal> amounts = new TreeMap<>();
        Map<Long, BankAccount> accounts = new TreeMap<>();
        for (Payout row : rows) {
            if (row.isPaid()) {
                amounts.merge(row.getInstitutionId(), row.getPaid(), BigDecimal::add);
                accounts.putIfAbsent(row.getInstitutionId(), row.getAccount());
            }
        }
        List<Transfer> transfers = new ArrayList<>();
        amounts.forEach((id, amount) -> transfers.add(new Transfer(institutions.get(id).getName(),
                institutions.get(id).getCreditCode(), accounts.get(id), amount, reference(batch, id))));
        return write(transfers);
    }

    /** The file of these transfers, in their order; transfers of 0 are left out. */
    public static byte[] write(List<Transfer> transfers) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        int number = 0;
        for (Transfer t : transfers) {
            if (t.amount().signum() <= 0) {
                continue;
            }
            csv.append(++number).append(',').append(field(t.institutionName())).append(',')
                    .append(field(t.creditCode())).append(',').append(field(t.account().bank())).append(',')
                    .append(field(t.account().name())).append(',').append(field(t.account().number())).append(',')
                    .append(t.amount().toPlainString()).append(',').append(field(t.reference())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "LTC-2026-12-B381-I25": what the institution's bank statement shows for the transfer. */
    public static String reference(PayoutBatch batch, long institutionId) {
        return "LTC-" + batch.getCycle() + "-B" + batch.getId() + "-I" + institutionId;
    }

    /**
     * RFC 4180 quoting where a value needs it. A text that a spreadsheet would take for a formula (beginning with
     * = + - @, a tab or a carriage return — an institution enters its bank and account names) gets a leading
     * apostrophe, so that opening the file runs nothing.
     */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        String value = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
