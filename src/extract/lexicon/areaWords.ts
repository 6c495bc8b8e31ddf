/**
 * Words that name an area by its level or its role, not by its name: 全省 (the whole province), 我市 (our
 * city), 辖内 (within a regulator's or a bank's jurisdiction), 全国 (the nation). One list, read by the
 * holder (whose area a figure is), the subject reader (words before a subject) and the share reader
 * (占全县的…): a word added here is known to all three.
 *
 * @example
 * new RegExp(`^(?:${WHOLE_AREA})$`).test('全疆') // true
 */
/** The whole of an area by its level: 全省, 全市, 全区, 全县, 全州; 全盟 (a league), 全疆 (Xinjiang). */
export const WHOLE_AREA = '全省|全市|全区|全县|全州|全盟|全疆';
/** The writer's own area: 我省, 本市 …, 省内 (省内情况看: within the province the text is of; not 省内外, 省内各市). */
export const OWN_AREA = '我省|我市|我区|我县|本省|本市|本区|省内(?![外各])|市内(?![外各])';
/** The area a regulator or a bank oversees: 辖区, 辖内, 全辖, 区域内, 当地. */
export const JURISDICTION_AREA = '辖区内?|辖内|全辖|区域内|当地';
/** The nation, by words: 全国, 我国. */
export const NATION = '全国|我国';
/** The mainland, as Hong Kong, Macao and Taiwan papers name the nation: 内地 before its loans (not 对内地贷款, loans to it). */
export const MAINLAND = '(?<![对向])内地(?=[\\u4e00-\\u9fa5]{0,12}(?:贷款|放款|金融|人民币|绿色|普惠|科技)|\\d)';
/** English words naming the area a total is of: "of the provincial total", "of the city's total". */
export const AREA_OF_TOTAL_EN = "provincial|national|municipal|city|county|province's|city's|county's|country's|nation's";
/**
 * Areas of several provinces: 长三角, 京津冀, 粤港澳大湾区, 成渝地区双城经济圈, 东部地区. Under a bank or the nation
 * they are parts of its loans (分区域看，长三角…); under a province or a city they never are — they hold their own.
 */
export const MULTI_PROVINCE_AREA = /^(?:长三角|长江三角洲|珠三角|珠江三角洲|京津冀|粤港澳大湾区|大湾区|成渝(?:地区)?(?:双城经济圈)?|长江经济带|黄河流域|东北三省|[东中西]部(?:沿海)?|中西部|东北)(?:地区|区域|城市群)?(?:[一二三四五六七八九十两\d]{1,2}个?省(?:区|市|份)?)?$/;
