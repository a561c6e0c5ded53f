package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionsTest {
    private static void splits(String text, String province, String city, String county) {
        assertThat(Regions.split(text)).as(text).contains(new Regions.Split(province, city, county));
    }

    @Test
    void provinceCityAndCountyByTheEndingsOfTheirNames() {
        splits("云南省红河州弥勒市", "云南省", "红河州", "弥勒市");
        splits("云南省红河哈尼族彝族自治州个旧市", "云南省", "红河哈尼族彝族自治州", "个旧市");
        splits("广东省广州市天河区", "广东省", "广州市", "天河区");
        splits("山东省济南市市中区", "山东省", "济南市", "市中区");
        splits("河北省沧州市任丘市", "河北省", "沧州市", "任丘市");
        splits("浙江省台州市椒江区", "浙江省", "台州市", "椒江区");
        splits("湖北省恩施土家族苗族自治州恩施市", "湖北省", "恩施土家族苗族自治州", "恩施市");
    }

    @Test
    void autonomousRegionsLeaguesPrefecturesAndBanners() {
        splits("内蒙古自治区锡林郭勒盟锡林浩特市", "内蒙古自治区", "锡林郭勒盟", "锡林浩特市");
        splits("内蒙古呼伦贝尔市鄂温克族自治旗", "内蒙古自治区", "呼伦贝尔市", "鄂温克族自治旗");
        splits("黑龙江省大兴安岭地区漠河市", "黑龙江省", "大兴安岭地区", "漠河市");
        splits("新疆维吾尔自治区伊犁哈萨克自治州伊宁市", "新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市");
        splits("广西南宁市青秀区", "广西壮族自治区", "南宁市", "青秀区");
        splits("西藏自治区阿里地区噶尔县", "西藏自治区", "阿里地区", "噶尔县");
        splits("湖北省神农架林区", "湖北省", null, "神农架林区");
    }

    @Test
    void municipalitiesAreTheirOwnCity() {
        splits("北京市东城区", "北京市", "北京市", "东城区");
        splits("北京东城区", "北京市", "北京市", "东城区");
        splits("北京市市辖区东城区", "北京市", "北京市", "东城区");
        splits("重庆市万州区", "重庆市", "重庆市", "万州区");
        splits("重庆市石柱土家族自治县", "重庆市", "重庆市", "石柱土家族自治县");
        splits("上海市浦东新区", "上海市", "上海市", "浦东新区");
    }

    @Test
    void shortProvinceNamesThatBeginAPlaceAreNotTheProvince() {
        splits("吉林市船营区", null, "吉林市", "船营区");
        splits("吉林省吉林市船营区", "吉林省", "吉林市", "船营区");
        splits("海南藏族自治州共和县", null, "海南藏族自治州", "共和县");
    }

    @Test
    void townsAfterTheCountyAndSeparatorsAreAllowed() {
        splits("云南省红河州弥勒市弥阳镇", "云南省", "红河州", "弥勒市");
        splits("云南省 红河州 弥勒市", "云南省", "红河州", "弥勒市");
        splits("云南/红河/弥勒", "云南省", "红河", "弥勒");
        splits("云南省红河州", "云南省", "红河州", null);
        splits("云南省", "云南省", null, null);
    }

    @Test
    void whatCannotBeToldApartIsLeftWhole() {
        // 弥勒市 alone could be a city or a county; 红河弥勒 has no endings at all.
        for (String text : new String[] {"弥勒市", "东城区", "红河弥勒", "东城", "第一机床厂"}) {
            assertThat(Regions.split(text)).as(text).isEqualTo(Optional.empty());
        }
    }
}
