package org.ltcare.web.notice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ltcare.assessment.PublicNoticeService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** 失能评估结果公示: the open notices, ending soonest first, a page at a time. Public: no login, no Actor. */
@Named
@ViewScoped
public class PublicNoticeList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicNoticeService notices;

    private final LazyDataModel<NoticeLine> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notices.countCurrent();
        }

        @Override
        public List<NoticeLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return notices.current(first, pageSize).stream().map(NoticeLine::of).toList();
        }

        @Override
        public String getRowKey(NoticeLine line) {
            return String.valueOf(line.id());
        }
    };

    public LazyDataModel<NoticeLine> getModel() {
        return model;
    }
}
