//! The domain codes of FORMAT.md: ASCII spellings of the documents' Vietnamese terms.
//!
//! Each enum serialises exactly as FORMAT.md spells its codes, and carries its label in both
//! languages so no other layer has to know what `cstd_co_so` means.

use serde::{Deserialize, Serialize};

use crate::text::Text;

/// Who a dossier is about: `ca_nhan` (cá nhân, an individual), `tap_the` (tập thể, a collective),
/// `ho_gia_dinh` (hộ gia đình, a household; Khánh Hòa only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    CaNhan,
    TapThe,
    HoGiaDinh,
}

/// The yearly quality rating ("xếp loại chất lượng"): hoàn thành xuất sắc / tốt / hoàn thành /
/// không hoàn thành nhiệm vụ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    XuatSac,
    Tot,
    HoanThanh,
    KhongHoanThanh,
}

/// An emulation title or commendation received for a year. Titles sit on one of three ladders
/// (FORMAT.md, "Title order"); a higher rung of the same ladder also counts for a lower one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Title {
    /// Lao động tiên tiến
    LaoDongTienTien,
    /// Chiến sĩ thi đua cơ sở
    CstdCoSo,
    /// Chiến sĩ thi đua cấp bộ, ngành, tỉnh
    CstdBo,
    /// Chiến sĩ thi đua toàn quốc
    CstdToanQuoc,
    /// Tập thể lao động tiên tiến
    TtLaoDongTienTien,
    /// Tập thể lao động xuất sắc
    TtLaoDongXuatSac,
    /// Cờ thi đua của bộ, ngành, tỉnh
    CoThiDuaBo,
    /// Cờ thi đua của Chính phủ
    CoThiDuaChinhPhu,
    /// Giấy khen
    GiayKhen,
    /// Bằng khen của bộ, ngành, tỉnh
    BangKhenBo,
    /// Bằng khen của Thủ tướng Chính phủ
    BangKhenThuTuong,
}

/// The three ladders of FORMAT.md's title order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ladder {
    Individual,
    Collective,
    Commendation,
}

/// The kind of an initiative ("sáng kiến" in the broad sense).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InitiativeKind {
    /// sáng kiến: an initiative
    SangKien,
    /// đề tài: a research topic
    DeTai,
    /// giải pháp: a work or technical solution
    GiaiPhap,
    /// mô hình: a new model, a good practice
    MoHinh,
}

/// The level that recognised an initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// cơ sở: the unit
    CoSo,
    /// bộ: a ministry, sector or province
    Bo,
    /// toàn quốc: national
    ToanQuoc,
}

/// The field of work of a Khánh Hòa candidate (document 002, III.2.1 (c)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    XayDungDang,
    QuocPhongAnNinh,
    TaiChinh,
    ThongTinTruyenThong,
    CaiCachHanhChinh,
    DoiSongXaHoi,
}

impl SubjectKind {
    pub const ALL: [SubjectKind; 3] = [SubjectKind::CaNhan, SubjectKind::TapThe, SubjectKind::HoGiaDinh];

    pub fn code(self) -> &'static str {
        match self {
            SubjectKind::CaNhan => "ca_nhan",
            SubjectKind::TapThe => "tap_the",
            SubjectKind::HoGiaDinh => "ho_gia_dinh",
        }
    }

    pub fn label(self) -> Text {
        match self {
            SubjectKind::CaNhan => Text {
                vi: "Cá nhân",
                en: "Individual",
            },
            SubjectKind::TapThe => Text {
                vi: "Tập thể",
                en: "Collective",
            },
            SubjectKind::HoGiaDinh => Text {
                vi: "Hộ gia đình",
                en: "Household",
            },
        }
    }

    /// The title ladder a subject's emulation titles are read from (CRITERIA.md, Ranking, element 2).
    pub fn ladder(self) -> Ladder {
        match self {
            SubjectKind::TapThe => Ladder::Collective,
            SubjectKind::CaNhan | SubjectKind::HoGiaDinh => Ladder::Individual,
        }
    }
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::XuatSac, Rating::Tot, Rating::HoanThanh, Rating::KhongHoanThanh];

    pub fn code(self) -> &'static str {
        match self {
            Rating::XuatSac => "xuat_sac",
            Rating::Tot => "tot",
            Rating::HoanThanh => "hoan_thanh",
            Rating::KhongHoanThanh => "khong_hoan_thanh",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Rating::XuatSac => Text {
                vi: "Hoàn thành xuất sắc nhiệm vụ",
                en: "Excellent completion of duties",
            },
            Rating::Tot => Text {
                vi: "Hoàn thành tốt nhiệm vụ",
                en: "Good completion of duties",
            },
            Rating::HoanThanh => Text {
                vi: "Hoàn thành nhiệm vụ",
                en: "Completion of duties",
            },
            Rating::KhongHoanThanh => Text {
                vi: "Không hoàn thành nhiệm vụ",
                en: "Duties not completed",
            },
        }
    }
}

impl Title {
    pub const ALL: [Title; 11] = [
        Title::LaoDongTienTien,
        Title::CstdCoSo,
        Title::CstdBo,
        Title::CstdToanQuoc,
        Title::TtLaoDongTienTien,
        Title::TtLaoDongXuatSac,
        Title::CoThiDuaBo,
        Title::CoThiDuaChinhPhu,
        Title::GiayKhen,
        Title::BangKhenBo,
        Title::BangKhenThuTuong,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Title::LaoDongTienTien => "lao_dong_tien_tien",
            Title::CstdCoSo => "cstd_co_so",
            Title::CstdBo => "cstd_bo",
            Title::CstdToanQuoc => "cstd_toan_quoc",
            Title::TtLaoDongTienTien => "tt_lao_dong_tien_tien",
            Title::TtLaoDongXuatSac => "tt_lao_dong_xuat_sac",
            Title::CoThiDuaBo => "co_thi_dua_bo",
            Title::CoThiDuaChinhPhu => "co_thi_dua_chinh_phu",
            Title::GiayKhen => "giay_khen",
            Title::BangKhenBo => "bang_khen_bo",
            Title::BangKhenThuTuong => "bang_khen_thu_tuong",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Title::LaoDongTienTien => Text {
                vi: "Lao động tiên tiến",
                en: "Advanced worker",
            },
            Title::CstdCoSo => Text {
                vi: "Chiến sĩ thi đua cơ sở",
                en: "Grassroots emulation fighter",
            },
            Title::CstdBo => Text {
                vi: "Chiến sĩ thi đua cấp bộ, ngành, tỉnh",
                en: "Ministry, sector or provincial emulation fighter",
            },
            Title::CstdToanQuoc => Text {
                vi: "Chiến sĩ thi đua toàn quốc",
                en: "National emulation fighter",
            },
            Title::TtLaoDongTienTien => Text {
                vi: "Tập thể lao động tiên tiến",
                en: "Advanced labour collective",
            },
            Title::TtLaoDongXuatSac => Text {
                vi: "Tập thể lao động xuất sắc",
                en: "Excellent labour collective",
            },
            Title::CoThiDuaBo => Text {
                vi: "Cờ thi đua của bộ, ngành, tỉnh",
                en: "Emulation flag of a ministry, sector or province",
            },
            Title::CoThiDuaChinhPhu => Text {
                vi: "Cờ thi đua của Chính phủ",
                en: "Government emulation flag",
            },
            Title::GiayKhen => Text {
                vi: "Giấy khen",
                en: "Certificate of merit",
            },
            Title::BangKhenBo => Text {
                vi: "Bằng khen của bộ, ngành, tỉnh",
                en: "Ministry, sector or provincial certificate of merit",
            },
            Title::BangKhenThuTuong => Text {
                vi: "Bằng khen của Thủ tướng Chính phủ",
                en: "Prime Minister's certificate of merit",
            },
        }
    }

    pub fn ladder(self) -> Ladder {
        match self {
            Title::LaoDongTienTien | Title::CstdCoSo | Title::CstdBo | Title::CstdToanQuoc => Ladder::Individual,
            Title::TtLaoDongTienTien | Title::TtLaoDongXuatSac | Title::CoThiDuaBo | Title::CoThiDuaChinhPhu => {
                Ladder::Collective
            }
            Title::GiayKhen | Title::BangKhenBo | Title::BangKhenThuTuong => Ladder::Commendation,
        }
    }

    /// The rung on its ladder, 1 for the lowest (FORMAT.md's title order; CRITERIA.md's rank_key uses it).
    pub fn rung(self) -> u8 {
        match self {
            Title::LaoDongTienTien | Title::TtLaoDongTienTien | Title::GiayKhen => 1,
            Title::CstdCoSo | Title::TtLaoDongXuatSac | Title::BangKhenBo => 2,
            Title::CstdBo | Title::CoThiDuaBo | Title::BangKhenThuTuong => 3,
            Title::CstdToanQuoc | Title::CoThiDuaChinhPhu => 4,
        }
    }

    /// Whether holding `self` satisfies a requirement for `required`: the same ladder, same or higher rung.
    pub fn satisfies(self, required: Title) -> bool {
        self.ladder() == required.ladder() && self.rung() >= required.rung()
    }

    /// The titles a subject of this kind can receive: its own ladder and the commendations.
    pub fn for_subject(kind: SubjectKind) -> impl Iterator<Item = Title> {
        Title::ALL
            .into_iter()
            .filter(move |t| t.ladder() == kind.ladder() || t.ladder() == Ladder::Commendation)
    }
}

impl InitiativeKind {
    pub const ALL: [InitiativeKind; 4] = [
        InitiativeKind::SangKien,
        InitiativeKind::DeTai,
        InitiativeKind::GiaiPhap,
        InitiativeKind::MoHinh,
    ];

    pub fn code(self) -> &'static str {
        match self {
            InitiativeKind::SangKien => "sang_kien",
            InitiativeKind::DeTai => "de_tai",
            InitiativeKind::GiaiPhap => "giai_phap",
            InitiativeKind::MoHinh => "mo_hinh",
        }
    }

    pub fn label(self) -> Text {
        match self {
            InitiativeKind::SangKien => Text {
                vi: "Sáng kiến",
                en: "Initiative",
            },
            InitiativeKind::DeTai => Text {
                vi: "Đề tài nghiên cứu",
                en: "Research topic",
            },
            InitiativeKind::GiaiPhap => Text {
                vi: "Giải pháp",
                en: "Work or technical solution",
            },
            InitiativeKind::MoHinh => Text {
                vi: "Mô hình mới, cách làm hay",
                en: "New model or good practice",
            },
        }
    }
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::CoSo, Scope::Bo, Scope::ToanQuoc];

    pub fn code(self) -> &'static str {
        match self {
            Scope::CoSo => "co_so",
            Scope::Bo => "bo",
            Scope::ToanQuoc => "toan_quoc",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Scope::CoSo => Text {
                vi: "Cấp cơ sở",
                en: "Unit level",
            },
            Scope::Bo => Text {
                vi: "Cấp bộ, ngành, tỉnh",
                en: "Ministry, sector or provincial level",
            },
            Scope::ToanQuoc => Text {
                vi: "Toàn quốc",
                en: "National level",
            },
        }
    }

    /// 1 for `co_so` up to 3 for `toan_quoc` (CRITERIA.md, Ranking, element 5).
    pub fn rank(self) -> u8 {
        match self {
            Scope::CoSo => 1,
            Scope::Bo => 2,
            Scope::ToanQuoc => 3,
        }
    }
}

impl Sector {
    pub const ALL: [Sector; 6] = [
        Sector::XayDungDang,
        Sector::QuocPhongAnNinh,
        Sector::TaiChinh,
        Sector::ThongTinTruyenThong,
        Sector::CaiCachHanhChinh,
        Sector::DoiSongXaHoi,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Sector::XayDungDang => "xay_dung_dang",
            Sector::QuocPhongAnNinh => "quoc_phong_an_ninh",
            Sector::TaiChinh => "tai_chinh",
            Sector::ThongTinTruyenThong => "thong_tin_truyen_thong",
            Sector::CaiCachHanhChinh => "cai_cach_hanh_chinh",
            Sector::DoiSongXaHoi => "doi_song_xa_hoi",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Sector::XayDungDang => Text {
                vi: "Xây dựng Đảng, chính quyền, đoàn thể",
                en: "Building the Party, government and mass organisations",
            },
            Sector::QuocPhongAnNinh => Text {
                vi: "Quốc phòng, an ninh",
                en: "Defence and security",
            },
            Sector::TaiChinh => Text {
                vi: "Tài chính",
                en: "Finance",
            },
            Sector::ThongTinTruyenThong => Text {
                vi: "Thông tin và truyền thông",
                en: "Information and communications",
            },
            Sector::CaiCachHanhChinh => Text {
                vi: "Cải cách hành chính",
                en: "Administrative reform",
            },
            Sector::DoiSongXaHoi => Text {
                vi: "Đời sống xã hội",
                en: "Social life",
            },
        }
    }
}
