package org.ltcare.demo;

import java.util.List;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.shared.security.OrganisationKind;

/** The demo organisations: the bureau, its agency, one assessment agency and 8 contracted institutions. */
final class DemoOrganisations {

    record Org(String code, String name, OrganisationKind kind, InstitutionKind institutionKind,
               Integer hospitalLevel, int beds, String address) {
    }

    static final List<Org> ALL = List.of(
            new Org("BUREAU", "青岛市医疗保障局（演示）", OrganisationKind.BUREAU, null, null, 0, null),
            new Org("AGENCY", "青岛市医疗保险事业中心（演示）", OrganisationKind.AGENCY, null, null, 0, null),
            new Org("ASSESS", "青岛市长期护理失能评估中心（演示）", OrganisationKind.ASSESSMENT_AGENCY, null, null, 0, null),
            institution("INST-H3", "市第一人民医院", InstitutionKind.HOSPITAL, 3, 60, "市南区健康路1号"),
            institution("INST-H2", "市中医医院", InstitutionKind.HOSPITAL, 2, 40, "市北区杏林路8号"),
            institution("INST-H1", "崂山区社区医院", InstitutionKind.HOSPITAL, 1, 20, "崂山区松岭路20号"),
            institution("INST-NH1", "福寿园护理院", InstitutionKind.NURSING_HOME, null, 120, "李沧区福寿路3号"),
            institution("INST-NH2", "夕阳红养老院", InstitutionKind.NURSING_HOME, null, 80, "城阳区春阳路66号"),
            institution("INST-NH3", "康乐颐养中心", InstitutionKind.NURSING_HOME, null, 150, "黄岛区长江路100号"),
            institution("INST-TH", "王哥庄街道卫生院（两院一体）", InstitutionKind.INTEGRATED, 1, 50, "崂山区王哥庄街道"),
            institution("INST-HC", "安心居家护理服务中心", InstitutionKind.HOME_CARE_AGENCY, null, 0, "市北区辽宁路12号"));

    private DemoOrganisations() {
    }

    private static Org institution(String code, String name, InstitutionKind kind, Integer level, int beds,
                                   String address) {
        return new Org(code, name, OrganisationKind.CARE_INSTITUTION, kind, level, beds, address);
    }
}
