/// A catalogue's namespace number below 64, as an enum, for the code errgen generates; not
/// for use by hand.
///
/// The umbrella's `init(_namespace:index:)` switches over one of these rather than over the
/// number itself: each integer literal pattern of a `switch` costs the type checker an overload
/// resolution of `~=`, about a million instructions per namespace in a consumer's debug build,
/// where a case pattern is a lookup. A catalogue of up to 64 namespaces uses this one, of up
/// to 1,024 ``_Namespace1024``, a larger one the number. Each case of the enum costs every
/// such `switch` a little (its exhaustiveness is checked against all of them) and
/// ErrGenRuntime's own build more, hence two sizes rather than one large one.
public enum _Namespace64: Sendable {
    /// The namespaces numbered 0 to 15.
    case n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15

    /// The namespaces numbered 16 to 31.
    case n16, n17, n18, n19, n20, n21, n22, n23, n24, n25, n26, n27, n28, n29, n30, n31

    /// The namespaces numbered 32 to 47.
    case n32, n33, n34, n35, n36, n37, n38, n39, n40, n41, n42, n43, n44, n45, n46, n47

    /// The namespaces numbered 48 to 63.
    case n48, n49, n50, n51, n52, n53, n54, n55, n56, n57, n58, n59, n60, n61, n62, n63

    /// The namespace numbered `number`.
    @inlinable
    public init(_ number: Int) {
        precondition(number >= 0 && number < 64, "not a namespace number below 64")
        self = _CatalogueTable.case(at: number)
    }
}

/// A catalogue's namespace number below 1,024, as an enum, for the code errgen generates; not
/// for use by hand. See ``_Namespace64``.
public enum _Namespace1024: Sendable {
    /// The namespaces numbered 0 to 15.
    case n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15

    /// The namespaces numbered 16 to 31.
    case n16, n17, n18, n19, n20, n21, n22, n23, n24, n25, n26, n27, n28, n29, n30, n31

    /// The namespaces numbered 32 to 47.
    case n32, n33, n34, n35, n36, n37, n38, n39, n40, n41, n42, n43, n44, n45, n46, n47

    /// The namespaces numbered 48 to 63.
    case n48, n49, n50, n51, n52, n53, n54, n55, n56, n57, n58, n59, n60, n61, n62, n63

    /// The namespaces numbered 64 to 79.
    case n64, n65, n66, n67, n68, n69, n70, n71, n72, n73, n74, n75, n76, n77, n78, n79

    /// The namespaces numbered 80 to 95.
    case n80, n81, n82, n83, n84, n85, n86, n87, n88, n89, n90, n91, n92, n93, n94, n95

    /// The namespaces numbered 96 to 111.
    case n96, n97, n98, n99, n100, n101, n102, n103, n104, n105, n106, n107, n108, n109, n110, n111

    /// The namespaces numbered 112 to 127.
    case n112, n113, n114, n115, n116, n117, n118, n119, n120, n121, n122, n123, n124, n125, n126, n127

    /// The namespaces numbered 128 to 143.
    case n128, n129, n130, n131, n132, n133, n134, n135, n136, n137, n138, n139, n140, n141, n142, n143

    /// The namespaces numbered 144 to 159.
    case n144, n145, n146, n147, n148, n149, n150, n151, n152, n153, n154, n155, n156, n157, n158, n159

    /// The namespaces numbered 160 to 175.
    case n160, n161, n162, n163, n164, n165, n166, n167, n168, n169, n170, n171, n172, n173, n174, n175

    /// The namespaces numbered 176 to 191.
    case n176, n177, n178, n179, n180, n181, n182, n183, n184, n185, n186, n187, n188, n189, n190, n191

    /// The namespaces numbered 192 to 207.
    case n192, n193, n194, n195, n196, n197, n198, n199, n200, n201, n202, n203, n204, n205, n206, n207

    /// The namespaces numbered 208 to 223.
    case n208, n209, n210, n211, n212, n213, n214, n215, n216, n217, n218, n219, n220, n221, n222, n223

    /// The namespaces numbered 224 to 239.
    case n224, n225, n226, n227, n228, n229, n230, n231, n232, n233, n234, n235, n236, n237, n238, n239

    /// The namespaces numbered 240 to 255.
    case n240, n241, n242, n243, n244, n245, n246, n247, n248, n249, n250, n251, n252, n253, n254, n255

    /// The namespaces numbered 256 to 271.
    case n256, n257, n258, n259, n260, n261, n262, n263, n264, n265, n266, n267, n268, n269, n270, n271

    /// The namespaces numbered 272 to 287.
    case n272, n273, n274, n275, n276, n277, n278, n279, n280, n281, n282, n283, n284, n285, n286, n287

    /// The namespaces numbered 288 to 303.
    case n288, n289, n290, n291, n292, n293, n294, n295, n296, n297, n298, n299, n300, n301, n302, n303

    /// The namespaces numbered 304 to 319.
    case n304, n305, n306, n307, n308, n309, n310, n311, n312, n313, n314, n315, n316, n317, n318, n319

    /// The namespaces numbered 320 to 335.
    case n320, n321, n322, n323, n324, n325, n326, n327, n328, n329, n330, n331, n332, n333, n334, n335

    /// The namespaces numbered 336 to 351.
    case n336, n337, n338, n339, n340, n341, n342, n343, n344, n345, n346, n347, n348, n349, n350, n351

    /// The namespaces numbered 352 to 367.
    case n352, n353, n354, n355, n356, n357, n358, n359, n360, n361, n362, n363, n364, n365, n366, n367

    /// The namespaces numbered 368 to 383.
    case n368, n369, n370, n371, n372, n373, n374, n375, n376, n377, n378, n379, n380, n381, n382, n383

    /// The namespaces numbered 384 to 399.
    case n384, n385, n386, n387, n388, n389, n390, n391, n392, n393, n394, n395, n396, n397, n398, n399

    /// The namespaces numbered 400 to 415.
    case n400, n401, n402, n403, n404, n405, n406, n407, n408, n409, n410, n411, n412, n413, n414, n415

    /// The namespaces numbered 416 to 431.
    case n416, n417, n418, n419, n420, n421, n422, n423, n424, n425, n426, n427, n428, n429, n430, n431

    /// The namespaces numbered 432 to 447.
    case n432, n433, n434, n435, n436, n437, n438, n439, n440, n441, n442, n443, n444, n445, n446, n447

    /// The namespaces numbered 448 to 463.
    case n448, n449, n450, n451, n452, n453, n454, n455, n456, n457, n458, n459, n460, n461, n462, n463

    /// The namespaces numbered 464 to 479.
    case n464, n465, n466, n467, n468, n469, n470, n471, n472, n473, n474, n475, n476, n477, n478, n479

    /// The namespaces numbered 480 to 495.
    case n480, n481, n482, n483, n484, n485, n486, n487, n488, n489, n490, n491, n492, n493, n494, n495

    /// The namespaces numbered 496 to 511.
    case n496, n497, n498, n499, n500, n501, n502, n503, n504, n505, n506, n507, n508, n509, n510, n511

    /// The namespaces numbered 512 to 527.
    case n512, n513, n514, n515, n516, n517, n518, n519, n520, n521, n522, n523, n524, n525, n526, n527

    /// The namespaces numbered 528 to 543.
    case n528, n529, n530, n531, n532, n533, n534, n535, n536, n537, n538, n539, n540, n541, n542, n543

    /// The namespaces numbered 544 to 559.
    case n544, n545, n546, n547, n548, n549, n550, n551, n552, n553, n554, n555, n556, n557, n558, n559

    /// The namespaces numbered 560 to 575.
    case n560, n561, n562, n563, n564, n565, n566, n567, n568, n569, n570, n571, n572, n573, n574, n575

    /// The namespaces numbered 576 to 591.
    case n576, n577, n578, n579, n580, n581, n582, n583, n584, n585, n586, n587, n588, n589, n590, n591

    /// The namespaces numbered 592 to 607.
    case n592, n593, n594, n595, n596, n597, n598, n599, n600, n601, n602, n603, n604, n605, n606, n607

    /// The namespaces numbered 608 to 623.
    case n608, n609, n610, n611, n612, n613, n614, n615, n616, n617, n618, n619, n620, n621, n622, n623

    /// The namespaces numbered 624 to 639.
    case n624, n625, n626, n627, n628, n629, n630, n631, n632, n633, n634, n635, n636, n637, n638, n639

    /// The namespaces numbered 640 to 655.
    case n640, n641, n642, n643, n644, n645, n646, n647, n648, n649, n650, n651, n652, n653, n654, n655

    /// The namespaces numbered 656 to 671.
    case n656, n657, n658, n659, n660, n661, n662, n663, n664, n665, n666, n667, n668, n669, n670, n671

    /// The namespaces numbered 672 to 687.
    case n672, n673, n674, n675, n676, n677, n678, n679, n680, n681, n682, n683, n684, n685, n686, n687

    /// The namespaces numbered 688 to 703.
    case n688, n689, n690, n691, n692, n693, n694, n695, n696, n697, n698, n699, n700, n701, n702, n703

    /// The namespaces numbered 704 to 719.
    case n704, n705, n706, n707, n708, n709, n710, n711, n712, n713, n714, n715, n716, n717, n718, n719

    /// The namespaces numbered 720 to 735.
    case n720, n721, n722, n723, n724, n725, n726, n727, n728, n729, n730, n731, n732, n733, n734, n735

    /// The namespaces numbered 736 to 751.
    case n736, n737, n738, n739, n740, n741, n742, n743, n744, n745, n746, n747, n748, n749, n750, n751

    /// The namespaces numbered 752 to 767.
    case n752, n753, n754, n755, n756, n757, n758, n759, n760, n761, n762, n763, n764, n765, n766, n767

    /// The namespaces numbered 768 to 783.
    case n768, n769, n770, n771, n772, n773, n774, n775, n776, n777, n778, n779, n780, n781, n782, n783

    /// The namespaces numbered 784 to 799.
    case n784, n785, n786, n787, n788, n789, n790, n791, n792, n793, n794, n795, n796, n797, n798, n799

    /// The namespaces numbered 800 to 815.
    case n800, n801, n802, n803, n804, n805, n806, n807, n808, n809, n810, n811, n812, n813, n814, n815

    /// The namespaces numbered 816 to 831.
    case n816, n817, n818, n819, n820, n821, n822, n823, n824, n825, n826, n827, n828, n829, n830, n831

    /// The namespaces numbered 832 to 847.
    case n832, n833, n834, n835, n836, n837, n838, n839, n840, n841, n842, n843, n844, n845, n846, n847

    /// The namespaces numbered 848 to 863.
    case n848, n849, n850, n851, n852, n853, n854, n855, n856, n857, n858, n859, n860, n861, n862, n863

    /// The namespaces numbered 864 to 879.
    case n864, n865, n866, n867, n868, n869, n870, n871, n872, n873, n874, n875, n876, n877, n878, n879

    /// The namespaces numbered 880 to 895.
    case n880, n881, n882, n883, n884, n885, n886, n887, n888, n889, n890, n891, n892, n893, n894, n895

    /// The namespaces numbered 896 to 911.
    case n896, n897, n898, n899, n900, n901, n902, n903, n904, n905, n906, n907, n908, n909, n910, n911

    /// The namespaces numbered 912 to 927.
    case n912, n913, n914, n915, n916, n917, n918, n919, n920, n921, n922, n923, n924, n925, n926, n927

    /// The namespaces numbered 928 to 943.
    case n928, n929, n930, n931, n932, n933, n934, n935, n936, n937, n938, n939, n940, n941, n942, n943

    /// The namespaces numbered 944 to 959.
    case n944, n945, n946, n947, n948, n949, n950, n951, n952, n953, n954, n955, n956, n957, n958, n959

    /// The namespaces numbered 960 to 975.
    case n960, n961, n962, n963, n964, n965, n966, n967, n968, n969, n970, n971, n972, n973, n974, n975

    /// The namespaces numbered 976 to 991.
    case n976, n977, n978, n979, n980, n981, n982, n983, n984, n985, n986, n987, n988, n989, n990, n991

    /// The namespaces numbered 992 to 1007.
    case n992, n993, n994, n995, n996, n997, n998, n999, n1000, n1001, n1002, n1003, n1004, n1005, n1006, n1007

    /// The namespaces numbered 1008 to 1023.
    case n1008, n1009, n1010, n1011, n1012, n1013, n1014, n1015, n1016, n1017, n1018, n1019, n1020, n1021, n1022, n1023

    /// The namespace numbered `number`.
    @inlinable
    public init(_ number: Int) {
        precondition(number >= 0 && number < 1024, "not a namespace number below 1,024")
        self = _CatalogueTable.case(at: number)
    }
}
