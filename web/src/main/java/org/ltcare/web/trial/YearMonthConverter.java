package org.ltcare.web.trial;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ltcare.web.i18n.Messages;

/**
 * A month typed as yyyy-MM ("2025-03"), as the trial API takes it. The refusal reuses the API's wording;
 * the field's label comes from the component's {@code label} attribute.
 */
@FacesConverter("yearMonth")
public class YearMonthConverter implements Converter<YearMonth> {

    @Override
    public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            Object label = component.getAttributes().get("label");
            String text = Messages.format(Messages.currentLocale(), "trial.notMonth", List.of(value.trim()));
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label == null ? text : label + "：" + text, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
        return value == null ? "" : value.toString();
    }
}
