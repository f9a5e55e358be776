package org.ltcare.settlement.payout;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltcare.institution.CareInstitution;

/**
 * The bank payment file of a completed batch (layout in docs/payment-file.md): UTF-8 with BOM, CRLF, a header
 * row, then one transfer per institution — the sum of its paid claims, to the account kept on the payout rows —
 * with a reference that names the cycle, batch and institution. Institutions whose claims were deducted to 0 have
 * nothing to transfer and no row.
 */
public final class PaymentFile {

    public static final String HEADER = "序号,收款单位,统一社会信用代码,开户银行,户名,账号,金额,附言";

    private PaymentFile() {
    }

    public static byte[] write(PayoutBatch batch, List<Payout> rows, Map<Long, CareInstitution> institutions) {
        Map<Long, BigDecimal> amounts = new TreeMap<>();
        Map<Long, BankAccount> accounts = new TreeMap<>();
        for (Payout row : rows) {
            if (row.isPaid()) {
                amounts.merge(row.getInstitutionId(), row.getPaid(), BigDecimal::add);
                accounts.putIfAbsent(row.getInstitutionId(), row.getAccount());
            }
        }
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        int number = 0;
        for (Map.Entry<Long, BigDecimal> amount : amounts.entrySet()) {
            if (amount.getValue().signum() <= 0) {
                continue;
            }
            CareInstitution institution = institutions.get(amount.getKey());
            BankAccount account = accounts.get(amount.getKey());
            csv.append(++number).append(',').append(field(institution.getName())).append(',')
                    .append(field(institution.getCreditCode())).append(',').append(field(account.bank())).append(',')
                    .append(field(account.name())).append(',').append(field(account.number())).append(',')
                    .append(amount.getValue().toPlainString()).append(',')
                    .append(reference(batch, amount.getKey())).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** "LTC-2026-12-B381-I25": what the institution's bank statement shows for the transfer. */
    public static String reference(PayoutBatch batch, long institutionId) {
        return "LTC-" + batch.getCycle() + "-B" + batch.getId() + "-I" + institutionId;
    }

    /** RFC 4180 quoting where a value needs it. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
