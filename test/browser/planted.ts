/** A passage of our own with two planted contradictions. */
export const PLANTED =
  // Green loans' 12.00% less 6.00 points puts total loans at 6%; inclusive loans' 9.00% less 1.00 point at 8%.
  '截至2025年6月末，某市绿色贷款余额500.00亿元，较年初增长12.00%，高于各项贷款增速6.00个百分点。' +
  '普惠小微贷款余额300.00亿元，较年初增长9.00%，高于各项贷款增速1.00个百分点。' +
  // 100 over a base of 1000 is 10%, not 12%.
  '科技贷款余额1100.00亿元，较年初增加100.00亿元，增速12.00%。';
