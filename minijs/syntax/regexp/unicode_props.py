"""Names accepted in \\p{...} / \\P{...} (Unicode property escapes).

Each line of a table is `Canonical_Name alias...`; matching is exact (no
loose matching), as ECMAScript requires.  Data: Unicode 17.0
PropertyValueAliases.txt / PropertyAliases.txt restricted to the
properties ECMAScript allows, which is what node 20 (ICU 78) accepts;
the rest of minijs (unicode_id.py) is on the same Unicode version.
Katakana_Or_Hiragana (Hrkt) is left out: it has no characters, ES2022's
table omits it and V8 rejects it.
"""

# Binary properties usable as \p{Name} (table-binary-unicode-properties).
_BINARY = """
Alphabetic Alpha
Any
ASCII
ASCII_Hex_Digit AHex
Assigned
Bidi_Control Bidi_C
Bidi_Mirrored Bidi_M
Case_Ignorable CI
Cased
Changes_When_Casefolded CWCF
Changes_When_Casemapped CWCM
Changes_When_Lowercased CWL
Changes_When_NFKC_Casefolded CWKCF
Changes_When_Titlecased CWT
Changes_When_Uppercased CWU
Dash
Default_Ignorable_Code_Point DI
Deprecated Dep
Diacritic Dia
Emoji
Emoji_Component EComp
Emoji_Modifier EMod
Emoji_Modifier_Base EBase
Emoji_Presentation EPres
Extended_Pictographic ExtPict
Extender Ext
Grapheme_Base Gr_Base
Grapheme_Extend Gr_Ext
Hex_Digit Hex
ID_Continue IDC
ID_Start IDS
Ideographic Ideo
IDS_Binary_Operator IDSB
IDS_Trinary_Operator IDST
Join_Control Join_C
Logical_Order_Exception LOE
Lowercase Lower
Math
Noncharacter_Code_Point NChar
Pattern_Syntax Pat_Syn
Pattern_White_Space Pat_WS
Quotation_Mark QMark
Radical
Regional_Indicator RI
Sentence_Terminal STerm
Soft_Dotted SD
Terminal_Punctuation Term
Unified_Ideograph UIdeo
Uppercase Upper
Variation_Selector VS
White_Space WSpace space
XID_Continue XIDC
XID_Start XIDS
"""

# General_Category values, usable as \p{Value}, \p{gc=Value} and
# \p{General_Category=Value}.
_GENERAL_CATEGORY = """
Cased_Letter LC
Close_Punctuation Pe
Connector_Punctuation Pc
Control Cc cntrl
Currency_Symbol Sc
Dash_Punctuation Pd
Decimal_Number Nd digit
Enclosing_Mark Me
Final_Punctuation Pf
Format Cf
Initial_Punctuation Pi
Letter L
Letter_Number Nl
Line_Separator Zl
Lowercase_Letter Ll
Mark Combining_Mark M
Math_Symbol Sm
Modifier_Letter Lm
Modifier_Symbol Sk
Nonspacing_Mark Mn
Number N
Open_Punctuation Ps
Other C
Other_Letter Lo
Other_Number No
Other_Punctuation Po
Other_Symbol So
Paragraph_Separator Zp
Private_Use Co
Punctuation P punct
Separator Z
Space_Separator Zs
Spacing_Mark Mc
Surrogate Cs
Symbol S
Titlecase_Letter Lt
Unassigned Cn
Uppercase_Letter Lu
"""

# Script values, for \p{sc=...}, \p{Script=...}, \p{scx=...} and
# \p{Script_Extensions=...}.
_SCRIPT = """
Adlam Adlm
Ahom
Anatolian_Hieroglyphs Hluw
Arabic Arab
Armenian Armn
Avestan Avst
Balinese Bali
Bamum Bamu
Bassa_Vah Bass
Batak Batk
Bengali Beng
Beria_Erfe Berf
Bhaiksuki Bhks
Bopomofo Bopo
Brahmi Brah
Braille Brai
Buginese Bugi
Buhid Buhd
Canadian_Aboriginal Cans
Carian Cari
Caucasian_Albanian Aghb
Chakma Cakm
Cham
Cherokee Cher
Chorasmian Chrs
Common Zyyy
Coptic Copt Qaac
Cuneiform Xsux
Cypriot Cprt
Cypro_Minoan Cpmn
Cyrillic Cyrl
Deseret Dsrt
Devanagari Deva
Dives_Akuru Diak
Dogra Dogr
Duployan Dupl
Egyptian_Hieroglyphs Egyp
Elbasan Elba
Elymaic Elym
Ethiopic Ethi
Garay Gara
Georgian Geor
Glagolitic Glag
Gothic Goth
Grantha Gran
Greek Grek
Gujarati Gujr
Gunjala_Gondi Gong
Gurmukhi Guru
Gurung_Khema Gukh
Han Hani
Hangul Hang
Hanifi_Rohingya Rohg
Hanunoo Hano
Hatran Hatr
Hebrew Hebr
Hiragana Hira
Imperial_Aramaic Armi
Inherited Qaai Zinh
Inscriptional_Pahlavi Phli
Inscriptional_Parthian Prti
Javanese Java
Kaithi Kthi
Kannada Knda
Katakana Kana
Kawi
Kayah_Li Kali
Kharoshthi Khar
Khitan_Small_Script Kits
Khmer Khmr
Khojki Khoj
Khudawadi Sind
Kirat_Rai Krai
Lao Laoo
Latin Latn
Lepcha Lepc
Limbu Limb
Linear_A Lina
Linear_B Linb
Lisu
Lycian Lyci
Lydian Lydi
Mahajani Mahj
Makasar Maka
Malayalam Mlym
Mandaic Mand
Manichaean Mani
Marchen Marc
Masaram_Gondi Gonm
Medefaidrin Medf
Meetei_Mayek Mtei
Mende_Kikakui Mend
Meroitic_Cursive Merc
Meroitic_Hieroglyphs Mero
Miao Plrd
Modi
Mongolian Mong
Mro Mroo
Multani Mult
Myanmar Mymr
Nabataean Nbat
Nag_Mundari Nagm
Nandinagari Nand
New_Tai_Lue Talu
Newa
Nko Nkoo
Nushu Nshu
Nyiakeng_Puachue_Hmong Hmnp
Ogham Ogam
Ol_Chiki Olck
Ol_Onal Onao
Old_Hungarian Hung
Old_Italic Ital
Old_North_Arabian Narb
Old_Permic Perm
Old_Persian Xpeo
Old_Sogdian Sogo
Old_South_Arabian Sarb
Old_Turkic Orkh
Old_Uyghur Ougr
Oriya Orya
Osage Osge
Osmanya Osma
Pahawh_Hmong Hmng
Palmyrene Palm
Pau_Cin_Hau Pauc
Phags_Pa Phag
Phoenician Phnx
Psalter_Pahlavi Phlp
Rejang Rjng
Runic Runr
Samaritan Samr
Saurashtra Saur
Sharada Shrd
Shavian Shaw
Siddham Sidd
Sidetic Sidt
SignWriting Sgnw
Sinhala Sinh
Sogdian Sogd
Sora_Sompeng Sora
Soyombo Soyo
Sundanese Sund
Sunuwar Sunu
Syloti_Nagri Sylo
Syriac Syrc
Tagalog Tglg
Tagbanwa Tagb
Tai_Le Tale
Tai_Tham Lana
Tai_Viet Tavt
Tai_Yo Tayo
Takri Takr
Tamil Taml
Tangsa Tnsa
Tangut Tang
Telugu Telu
Thaana Thaa
Thai
Tibetan Tibt
Tifinagh Tfng
Tirhuta Tirh
Todhri Todr
Tolong_Siki Tols
Toto
Tulu_Tigalari Tutg
Ugaritic Ugar
Unknown Zzzz
Vai Vaii
Vithkuqi Vith
Wancho Wcho
Warang_Citi Wara
Yezidi Yezi
Yi Yiii
Zanabazar_Square Zanb
"""

# Non-binary property names (and aliases) allowed on the left of `=`.
_NON_BINARY = {
    "General_Category": "General_Category",
    "gc": "General_Category",
    "Script": "Script",
    "sc": "Script",
    "Script_Extensions": "Script_Extensions",
    "scx": "Script_Extensions",
}


def _table(text):
    """`Canonical alias...` lines -> {name or alias: canonical}."""
    table = {}
    for line in text.split("\n"):
        names = line.split()
        for name in names:
            table[name] = names[0]
    return table


BINARY = _table(_BINARY)
GENERAL_CATEGORY = _table(_GENERAL_CATEGORY)
SCRIPT = _table(_SCRIPT)


def lookup(name, value):
    """Resolve the text of \\p{name} (value None) or \\p{name=value}.

    Returns (canonical property, canonical value or None), or None when the
    names are not valid.  A lone name is a General_Category value or a
    binary property: \\p{Lu} -> ("General_Category", "Uppercase_Letter"),
    \\p{Alpha} -> ("Alphabetic", None).
    """
    if value is None:
        if name in GENERAL_CATEGORY:
            return "General_Category", GENERAL_CATEGORY[name]
        if name in BINARY:
            return BINARY[name], None
        return None
    prop = _NON_BINARY.get(name)
    values = GENERAL_CATEGORY if prop == "General_Category" else SCRIPT
    if prop is None or value not in values:
        return None
    return prop, values[value]
