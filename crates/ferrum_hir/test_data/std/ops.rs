#[lang = "Range"]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}
#[lang = "RangeFrom"]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}
#[lang = "RangeTo"]
pub struct RangeTo<Idx> {
    pub end: Idx,
}
#[lang = "RangeFull"]
pub struct RangeFull;
#[lang = "RangeInclusive"]
pub struct RangeInclusive<Idx> {
    pub start: Idx,
    pub end: Idx,
    pub exhausted: bool,
}
#[lang = "RangeToInclusive"]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}
