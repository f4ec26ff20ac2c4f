/**
 * Phrases that contain a country or mineral alias but do not mention it. The scanner matches
 * them like any alias, and because the longest match wins, "Western Australia" hides the
 * "Australia" inside it. Two deliberate choices (see README, "Recognition"):
 * - An organisation's brand name is not a mention of the country or mineral in it (Bank of China,
 *   Huayou Cobalt); a government body is (the "U.S." in "U.S. Geological Survey" stays).
 * - Places named after a country are not the country (South China Sea, Inner Mongolia, New Mexico).
 */

export const BLOCKERS_EN: readonly string[] = [
  // Places and regions that contain a country name.
  'Western Australia', 'South Australia', 'New South Wales', 'Inner Mongolia', 'New Mexico', 'New Mexican',
  'New Jersey', 'Jersey City', 'New Guinea', 'New England', 'Latin America', 'Latin American', 'Latin Americans',
  'North America', 'North American', 'North Americans', 'South America', 'South American', 'South Americans',
  'Central America', 'Central American', 'the Americas', 'Pan-American', 'Pan American', 'Inter-American', 'South China Sea',
  'East China Sea', 'Gulf of Guinea', 'Gulf of Mexico', 'Gulf of America', 'Korean Peninsula', 'Korean peninsula', 'Guinea Highlands', 'Niger Delta', 'Niger River', 'River Niger',
  'Congo River', 'River Congo', 'Congo Basin', 'Jordan River', 'River Jordan', 'Indian Ocean', 'Arabian Sea',
  'Irish Sea', 'Sea of Japan', 'Lake Chad', 'Mexico City', 'Panama City', 'Kuwait City', 'Guatemala City',
  'Luxembourg City', 'Vatican City', 'Djibouti City', 'Hong Kong Island', 'Turks and Caicos', 'Northern Ireland',
  'Netherlands Antilles',
  // A Canadian province, not Britain ("Vancouver, British Columbia-based Mirasol").
  'British Columbia', 'British Columbian', 'British Columbians',
  // People and ethnic terms.
  'Michael Jordan', 'Air Jordan', 'Air Jordans', 'Native American', 'Native Americans', 'American Indian',
  'American Indians', 'African American', 'African Americans', 'Asian American', 'Asian Americans',
  'Chinese American', 'Chinese Americans', 'Mexican American', 'Mexican Americans',
  // US states and institutions named after countries or sharing their names.
  'Georgia Tech', 'Georgia Power', 'University of Georgia', 'Georgia State', 'Georgia Bulldogs',
  // Companies and brands.
  'Bank of China', 'Bank of America', 'Air China', 'China Daily', 'China Mobile', 'China Telecom', 'China Unicom',
  'China Southern', 'China Eastern', 'China Construction Bank', 'China Molybdenum', 'China Minmetals',
  'China Northern Rare Earth', 'China Rare Earth Group', 'China Nonferrous Metal Mining', 'China Merchants',
  'China Railway', 'China Mengniu', 'China Evergrande', 'China Vanke', 'China Shenhua', 'China Life',
  'American Airlines', 'American Express', 'Anglo American', 'US Airways', 'Air India', 'Air Canada', 'Air France',
  'Japan Airlines', 'Korean Air', 'Turkish Airlines', 'Saudi Aramco', 'Canadian Solar', 'Royal Dutch Shell',
  'Korea Zinc', 'Huayou Cobalt', 'Jinchuan Nickel', 'Nickel Asia', 'Nickel Industries', 'Lithium Americas',
  'Tianqi Lithium', 'Ganfeng Lithium', 'Albemarle Lithium', 'Standard Lithium', 'Piedmont Lithium', 'Sigma Lithium',
  'Lithium Triangle', 'Lynas Rare Earths', 'Iluka Resources', 'Hindustan Copper', 'Southern Copper',
  'First Quantum', 'National Aluminium', 'Hindustan Zinc', 'Cobalt Strike', 'Silver Lake', 'Silver Spring',
  'Poland Spring', 'Iron Maiden', 'Iron Man', 'Iron Mountain', 'Iron Curtain', 'Iron Dome', 'Iron Lady', 'Iron Age',
  'Copa America', 'Copa América', 'Gold Coast', 'Gold Cup', 'Gold Dome', 'Golden State', 'Silicon Valley', 'Silicon Beach', 'Silicon Alley',
  'Silicon Wadi', 'Silicon Graphics', 'Chromium OS', 'Tin Pan Alley', 'Platinum Blonde', 'Titanium Dioxide Pigments',
  // Foods and objects named after a country.
  'French fries', 'French toast', 'French press', 'French horn', 'French kiss', 'Danish pastry', 'Turkish delight',
  'Brazil nut', 'Brazil nuts', 'Panama hat', 'Panama hats', 'German shepherd', 'German shepherds', 'Russian roulette', 'Russian doll', 'Russian dolls', 'Chilean sea bass',
  'Great Dane', 'Great Danes', 'Chinese whispers', 'Chinese checkers', 'Spanish flu', 'Swiss army knife', 'Swiss cheese', 'Dutch oven',
  'Dutch courage', 'Swedish massage', 'Mexican wave', 'Jordan almonds', 'Scotch egg', 'Turkish bath', 'Irish coffee', 'Turkish coffee', 'Canadian bacon',
  'Belgian waffle', 'Belgian waffles', 'Peking duck', 'guinea pig', 'guinea pigs', 'guinea fowl', 'turkey vulture',
  'Greek yogurt', 'Greek yoghurt', 'Swiss chard', 'Swiss roll', 'Indian summer', 'Cuban heel', 'French braid', 'French door', 'French dressing',
  'Russian dressing', 'Japanese knotweed', 'Japanese maple', 'silver birch', 'silver birches', 'silver fern', 'silver ferns', 'Chile pepper', 'Chile peppers', 'chile con carne', 'Chile con carne', 'Chile relleno', 'Chile verde',
  'India pale ale', 'India Pale Ale', 'Canada goose', 'Canada geese', 'German measles', 'Indian subcontinent', 'Indian subcontinents',
  'India ink', 'Cuban sandwich', 'Spanish omelette', 'Spanish omelet', 'English muffin', 'Swedish meatballs',
  'Chinese lantern', 'Japanese beetle', 'Norway spruce', 'Norway maple', 'Norway rat', 'Canada lynx',
  // Idioms in which a mineral word is figurative.
  'iron out', 'irons out', 'iron fist', 'iron grip', 'iron will', 'iron-clad', 'iron clad', 'pumping iron',
  'curling iron', 'steam iron', 'gold medal', 'gold medals', 'gold medallist', 'gold medalist', 'gold medallists',
  'gold medalists', 'gold standard', 'gold star', 'gold stars', 'gold record', 'gold records', 'gold card',
  'gold member', 'gold membership', 'gold status', 'gold tier', 'gold award', 'gold-plated', 'silver lining',
  'silver medal', 'silver medals', 'silver medallist', 'silver medalist', 'silver screen', 'silver bullet',
  'silver spoon', 'silver anniversary', 'tin anniversary', 'iron anniversary', 'copper anniversary', 'gold anniversary', 'platinum anniversary', "Gold's Gym", 'nickel bag', 'nickel bags', 'silver jubilee', 'silver-white', 'silver fox', 'silver surfer',
  'silver surfers', 'platinum album', 'platinum albums', 'platinum record', 'platinum records', 'platinum status',
  'platinum card', 'platinum jubilee', 'platinum-selling', 'platinum blonde', 'lead singer', 'lead singers',
  'lead vocalist', 'lead vocals', 'lead guitarist', 'lead guitar', 'lead single', 'lead actor', 'lead actress',
  'lead role', 'lead roles', 'lead author', 'lead authors', 'lead negotiator', 'lead investigator', 'lead time',
  'lead times', 'lead story', 'lead character', 'lead designer', 'lead engineer', 'lead developer', 'lead sponsor',
  'lead attorney', 'lead counsel', 'lead plaintiff', 'lead prosecutor', 'lead manager', 'lead arranger',
  'lead underwriter', 'lead investor', 'lead investors', 'lead agency', 'lead generation', 'lead paragraph',
  'lead off', 'lead-off', 'lead researcher', 'lead scientist', 'lead editor', 'lead writer', 'lead analyst',
  'lead economist', 'lead partner', 'lead architect', 'lead candidate', 'lead organiser', 'lead organizer',
  'lead officer', 'lead nation', 'lead country', 'lead role', 'tin foil hat', 'tin-foil hat', 'tin-pot', 'tinpot',
  'cobalt blue', 'cobalt-blue', 'graphite grey', 'graphite gray', 'graphite-grey', 'graphite-gray', 'copper-bottomed', 'copper bottomed', 'nickel-and-dime', 'nickel-and-dimed',
  'nickel-and-diming', 'nickel and dime', 'nickel and dimed', 'chromium browser', 'Mercury Prize',
  // Idioms and programmes in which a deal word is not a deal.
  'raw deal', 'real deal', 'New Deal', 'Green Deal', 'deal breaker', 'deal-breaker', 'deal breakers', 'deal-breakers',
];

export const BLOCKERS_ZH: readonly string[] = [
  // Place names containing a mineral or country character.
  '无锡', '無錫', '锡林郭勒', '錫林郭勒', '锡伯', '铜仁', '銅仁', '铜陵', '銅陵', '铜川', '銅川', '金昌',
  '铜锣湾', '銅鑼灣', '白金汉宫', '白金漢宮',
  // A township of Miaoli (苗栗縣銅鑼) and Sarawak (馬國砂勞越), whose 越 is no Vietnam.
  '铜锣', '銅鑼', '砂劳越', '砂勞越', '砂拉越',
  '内蒙古', '內蒙古', '南海', '东海', '俄亥俄', '俄勒冈', '俄勒岡', '日内瓦', '日內瓦', '澳门', '澳門',
  '美洲', '北美', '南美', '拉美', '拉美国家', '拉美國家', '南美国家', '南美國家', '北美国家', '北美國家', '中美洲', '南美洲', '北美洲', '印度洋', '印第安', '华尔街', '華爾街',
  '华北', '华南', '华东', '华中', '华西', '華北', '華南', '華東', '華中', '中东', '中東', '中亚', '中亞',
  '中南', '中南美', '中南半岛', '加沙',
  // Central-southern and south-eastern Africa (贯通东非和中南非), regions rather than South Africa.
  '中南非', '东南非',
  // 华 starting a word after a preposition of place (在华丽的舞台上, 在华山顶上, 在华灯下).
  '华山', '華山', '华丽', '華麗', '华灯', '華燈', '华尔兹', '華爾茲',
  // Aberdeen, a district of Hong Kong named after the island, not the territory as a whole.
  '香港仔',
  // Raising rates or pay (对加息时点, 对加薪), not Canada after a preposition of relations; verbs
  // after 中 meaning "in" (在合同中加入, 在改革中加快), not China and Canada.
  '加息', '加薪', '加入', '加大', '加快', '加速',
  // Organisations whose name contains a country word.
  '中国银行', '中國銀行', '中国日报', '中國日報', '中国移动', '中國移動', '中国电信', '中國電信', '中国联通',
  '中國聯通', '中国建设银行', '中國建設銀行', '中国工商银行', '中国农业银行', '中国人民银行', '中國人民銀行',
  '中国国际航空', '中國國際航空', '华为', '華為', '美团', '美團', '日立', '日产', '日產',
  // The Commonwealth of Nations (大英国协), a body of many states, not Britain.
  '大英国协', '大英國協',
  // Taiwan Semiconductor (台积电), whose 台 a verb of place may stand before (搶在臺積電之前).
  '台积电', '台積電', '臺積電',
  // A carmaker and a newspaper whose names open with a country's abbreviation (华晨宝马, 日本朝日新闻),
  // a television network and a news agency (朝日電視台, 北韓官媒朝中社), chipmakers (美光, 華邦電).
  '华晨', '華晨', '朝日新闻', '朝日新聞', '朝日电视台', '朝日電視台', '朝中社', '美光', '华邦电', '華邦電',
  // Bank of Taiwan by its short name (台銀黃金存摺): 银 is short for 银行, as in 银企.
  '台银', '台銀', '臺銀',
  // Words in which a mineral character is not the mineral.
  '银行', '銀行', '银河', '銀河', '银幕', '銀幕', '铁路', '鐵路', '地铁', '地鐵', '高铁', '高鐵', '铁道', '鐵道',
  '金属', '金屬', '铁杆', '鐵桿', '铁腕', '鐵腕', '铅笔', '鉛筆', '铜牌', '銅牌', '银牌', '銀牌', '金牌', '黄金时代', '黃金時代',
  '黄金周', '黃金週', '黄金档', '黃金檔',
  // Gold in a simile of worth or character (金子般的心, 金子一般的品质), not the metal.
  '金子般', '金子一般', '金子似的',
  // Gold as "prime" or "best" before an abstract noun (黄金法则, 黄金准则, 黄金比例, 黄金时间).
  '黄金法则', '黃金法則', '黄金准则', '黃金準則', '黄金比例', '黃金比例', '黄金时间', '黃金時間', '黄金时期', '黃金時期',
  '黄金搭档', '黃金搭檔', '黄金组合', '黃金組合', '黄金起点', '黃金起點', '黄金年龄', '黃金年齡', '黄金地段', '黃金地段', '磁铁', '磁鐵', '铁人', '鐵人', '金银花', '金銀花',
  // A plant (pennywort, 铜钱草) and a spotlight (镁光灯), named after a coin and a flash of magnesium.
  '铜钱草', '銅錢草', '镁光灯', '鎂光燈',
  // Bazhong, a city of Sichuan, in words that are its own (see 巴中 below).
  '巴中市', '巴中合作社',
  // Banks and enterprises (银企对接, 銀企合作): 银 there is short for 银行, no silver.
  '银企', '銀企',
  // Silver-white, a colour (锂是银白色的碱金属).
  '银白',
  // Idioms in which a metal is figurative.
  '真金白银', '真金白銀', '铜墙铁壁', '銅牆鐵壁', '趁热打铁', '趁熱打鐵', '斩钉截铁', '斬釘截鐵', '点石成金',
  '點石成金', '一诺千金', '一諾千金', '手无寸铁', '手無寸鐵', '铁石心肠', '鐵石心腸', '固若金汤', '固若金湯',
  '铜臭', '銅臭', '金戈铁马', '金戈鐵馬', '铁面无私', '鐵面無私', '铁证如山', '鐵證如山', '恨铁不成钢', '恨鐵不成鋼', '金碧辉煌', '金碧輝煌',
  // Riches heaped up (赚得金银满贯), and the "rice bowls" of a job's security, graded by metal
  // (考上中央机关是金饭碗, 县里的只算铁饭碗).
  '金银满贯', '金銀滿貫', '金饭碗', '金飯碗', '银饭碗', '銀飯碗', '铜饭碗', '銅飯碗', '铁饭碗', '鐵飯碗',
  // Gold lying everywhere, a place's riches (遍地黄金).
  '遍地黄金', '遍地黃金',
  // A chart's golden cross (形成「黃金交叉」), where one line crosses another.
  '黄金交叉', '黃金交叉',
  // Digital gold (比特币被称为“数字黄金”), a name for a coin, not the metal. (Gold sold by the gram
  // in an app is called so too, more rarely in news: the coin's name wins.)
  '数字黄金', '數字黃金', '数位黄金', '數位黃金',
  // Words in which a country abbreviation is not a country.
  '其中', '之中', '当中', '當中', '集中', '空中', '心中', '手中', '途中', '正中',
  // "In one's imagination or eyes" (比想象中方便, 印象中, 心目中): 中 is "in".
  '想象中', '想像中', '印象中', '心目中', '预想中', '預想中', '眼中',
  '暗中', '中心', '中央', '中间', '中間', '中期', '中断', '中斷', '中止', '中立', '中小', '中文', '中华', '中華',
  // 日本海军事演习 is an exercise in the Sea of Japan, where 日本海军 alone is Japan's navy; 英吉利海峡
  // is the English Channel, a sea; 中欧经济体, 中欧经商, 中欧航空 are Central Europe's (see 中欧 below).
  '日本海军事', '日本海軍事', '英吉利海峡', '英吉利海峽', '中欧经济', '中歐經濟', '中欧经商', '中歐經商', '中欧航空', '中歐航空',
  '美金', '美丽', '美麗', '美好', '美食', '美术', '美術', '美容', '美女', '美妙', '美满', '美滿',
  '美感', '美学', '美學', '美德', '美誉', '美譽', '美称', '美稱', '美味', '美景', '美观', '美觀', '完美',
  // Names whose 美 is a sound (美孚, Mobil and a Hong Kong estate): a join before it (和美孚加油站) is no preposition.
  '美孚',
  // Words of schooling and beauty that a join or a preposition may stand before (德育与美育, 在美妆店).
  '美育', '美妆', '美妝', '美甲', '美颜', '美顏', '美梦', '美夢',
  '日前', '日益', '日常', '日期', '日报', '日報', '日子', '日志', '日誌', '日程', '日后', '日後', '日内',
  '日圆', '日圓', '日夜', '日光', '日落', '日用', '日趋', '日趨', '日均', '日间', '日間',
  '乌鸦', '乌龙', '烏龍', '乌黑', '烏黑', '乌云', '烏雲', '乌托邦', '烏托邦', '乌鲁木齐', '烏魯木齊', '乌兰巴托',
  '俄顷', '俄頃', '英镑', '英鎊', '英雄', '英文', '英语', '英語', '英寸', '英尺', '英里', '英才', '英明',
  '韩正', '韓正', '法律', '法规', '法規', '德国马克',
  // Born and bred (在港、臺土生土長): no Turkey in a list of places.
  '土生土长', '土生土長',
  // Noon (14日中午), joining (1月7日加入), and Washington by its seat of government (造访华府).
  '中午', '加入', '华府', '華府',
  // The Federal Reserve, a body the recognizer does not read as the country: no 美 to pair with
  // the 中 of 年中 (预计年中美联储将降息).
  '美联储',
  // Yiwu, a city of Zhejiang (义乌小商品, 义乌中欧班列), whose 乌 is no Ukraine; British Columbia, a
  // province of Canada, not Britain and Colombia (as "British Columbia" in English).
  '义乌', '義烏', '英属哥伦比亚', '英屬哥倫比亞',
  // Places named after a country (as "New Guinea", "Western Australia", "Niger River" in English).
  '新几内亚', '新墨西哥', '西澳大利亚', '南澳大利亚', '几内亚湾', '刚果河', '刚果盆地', '尼日尔河', '尼日尔三角洲',
  '约旦河', '乍得湖', '印度河', '大马士革', '巴比伦', '孟加拉湾', '孟加拉灣', '西孟加拉',
  // Seas, gulfs and regions (South China Sea, Gulf of Mexico, Indochina, the West and East Indies).
  '南中国海', '南中國海', '东中国海', '東中國海', '墨西哥湾', '墨西哥灣', '美国湾', '美國灣', '印度支那', '西印度群岛', '西印度群島', '东印度群岛', '東印度群島',
  // The Gulf of Thailand (泰国湾上部浪高, a sea in weather news), of Finland and of Oman, as 孟加拉湾.
  '泰国湾', '泰國灣', '芬兰湾', '芬蘭灣', '阿曼湾', '阿曼灣',
  // The East India Company, a trading company named after the Indies.
  '东印度公司', '東印度公司',
  // The region around Paris (Île-de-France), not France: beside the literary 法兰西.
  '法兰西岛', '法蘭西島',
  // A state of the past whose name holds two of today's (Czechoslovakia is neither Czechia nor Slovakia).
  '捷克斯洛伐克',
  // Foods and animals named after a country (as "Brazil nut" in English).
  '荷兰豆', '荷蘭豆', '荷兰猪', '荷蘭豬', '德国牧羊犬', '德國牧羊犬', '土耳其咖啡', '比利时华夫饼', '比利時鬆餅', '巴西龟', '巴西龜', '意大利面', '意大利麵', '俄罗斯方块', '俄羅斯方塊',
  // A yurt, of Inner Mongolia's grasslands as much as Mongolia's.
  '蒙古包',
  // Trees, plants and drinks named after a country they do not come from (the plane tree, the
  // Dracaena, an Americano).
  '法国梧桐', '法國梧桐', '巴西木', '美式咖啡',
  // Breeds and a bath and a drink named after a country (as "a British Shorthair", "Irish coffee").
  '英国短毛猫', '英國短毛貓', '美国短毛猫', '美國短毛貓', '俄罗斯蓝猫', '俄羅斯藍貓', '法国斗牛犬', '法國鬥牛犬', '英国斗牛犬', '英國鬥牛犬',
  '阿富汗猎犬', '阿富汗獵犬', '土耳其浴', '爱尔兰咖啡', '愛爾蘭咖啡',
  // Taiwan's and Hong Kong's spellings read as a country where they name something else: the US
  // state of Georgia and its schools (喬治亞州, not the country), and Gaddafi (卡達菲), whose
  // first two characters spell Qatar.
  '乔治亚州', '乔治亚理工', '乔治亚大学', '卡达菲',
  // A Taiwanese politician whose name opens with Korea's (韓國瑜, often in the news without a title).
  '韩国瑜',
];

/**
 * Blocking words whose last character can start the next word instead: 美元 is the dollar, but
 * in 中美元首 ("the Chinese and US heads of state") the 元 belongs to 元首. Each blocker gives way
 * when the character after it is one of these.
 */
/**
 * Words blocked unless the character before them is one of the given ones: 美的 (Midea) gives way
 * after another country's abbreviation or a bloc's (中美的贸易, 英美的共同利益, 欧美的企业), where 美
 * is the United States and 的 the particle.
 */
export const BLOCKERS_ZH_UNLESS_PREVIOUS: readonly [string, string][] = [
  ['美的', '中日英俄法德韩韓澳加印欧歐'],
];

export const BLOCKERS_ZH_UNLESS_NEXT: readonly [string, string][] = [
  ['美元', '首帅帥老旦勋勳'],
  // 中欧 is Central Europe, but 中欧班列, 中欧关系, 中欧贸易 are China and Europe.
  // (中欧经贸, 中欧航线: China and Europe's trade and routes, as 中欧贸易; 中欧经济体, 中欧经商 and
  // 中欧航空 are Central Europe's, blocked whole above.)
  ['中欧', '班关關合峰贸貿投领領双雙经經航'],
  ['中歐', '班关關合峰贸貿投领領双雙经經航'],
  // Kind words put in for someone (从中美言几句): 美 starts 美言, so the 中 of 从中 has no partner;
  // 中美言和 is a pair making peace.
  ['美言', '和'],
  // 巴中 is a city of Sichuan (巴中市, 巴中合作社, blocked whole), but 巴中两国, 巴中关系, 巴中合作 are a pair.
  ['巴中', '两兩关關双雙友建峰贸貿经經领領合'],
  // 中非 is Central Africa, but 中非合作, 中非关系, 中非贸易 are China and Africa.
  ['中非', '合关關贸貿投领領双雙峰友经經'],
  ['日元', '首帅帥老旦勋勳'],
  // 澳网, 美网, 法网: the Australian, US and French Opens in tennis (法网 is also the net of the law, 法网恢恢),
  // except where 网 starts a word of its own (中澳网络安全, 中美网民).
  ['澳网', '络絡站民购購友页頁店上'],
  ['澳網', '络絡站民购購友页頁店上'],
  ['美网', '络絡站民购購友页頁店上'],
  ['美網', '络絡站民购購友页頁店上'],
  ['法网', '络絡站民购購友页頁店上'],
  ['法網', '络絡站民购購友页頁店上'],
  // 年中 and 期中 are mid-year and mid-term, but in 2024年中美贸易额 and 近期中菲冲突 the 中 pairs
  // with the abbreviation after it.
  ['年中', '美日韩韓俄英法德澳印越菲泰柬老朝'],
  ['期中', '美日韩韓俄英法德澳印越菲泰柬老朝'],
  // 从中 is "from it" (从中获利), but in 从中美关系来看 and 從中俄、中歐 the 中 opens a pair.
  ['从中', '美日韩韓俄英法德澳印越菲泰柬老朝'],
  ['從中', '美日韩韓俄英法德澳印越菲泰柬老朝'],
  // 日本海 is the Sea of Japan, but 日本海军 is Japan's navy.
  ['日本海', '军軍'],
  // 黄金期 is a golden period, but 黄金期货 is gold futures.
  ['黄金期', '货貨'],
  ['黃金期', '货貨'],
];
