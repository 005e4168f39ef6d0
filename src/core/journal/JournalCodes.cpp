#include "journal/JournalCodes.h"

namespace nd::journal {
namespace {

template<typename Enum> struct Word
{
    Enum value;
    const char *name;
};

constexpr Word<OrderState> OrderStateWords[] = {
    {OrderState::Done, "done"},
    {OrderState::InProgress, "in_progress"},
    {OrderState::Failed, "failed"},
    {OrderState::Unknown, "unknown"},
};

constexpr Word<ApiError::Kind> ErrorKindWords[] = {
    {ApiError::Kind::Http, "http"},
    {ApiError::Kind::RateLimited, "rate_limited"},
    {ApiError::Kind::Authentication, "authentication"},
    {ApiError::Kind::Network, "network"},
    {ApiError::Kind::Tls, "tls"},
    {ApiError::Kind::Timeout, "timeout"},
    {ApiError::Kind::OutcomeUnknown, "outcome_unknown"},
    {ApiError::Kind::MalformedResponse, "malformed_response"},
    {ApiError::Kind::Configuration, "configuration"},
    {ApiError::Kind::Cancelled, "cancelled"},
};

template<typename Enum, std::size_t N> QString nameOf(const Word<Enum> (&words)[N], Enum value)
{
    for (const Word<Enum> &word : words) {
        if (word.value == value)
            return QString::fromLatin1(word.name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Word<Enum> (&words)[N], const QString &name)
{
    for (const Word<Enum> &word : words) {
        if (name == QLatin1String(word.name))
            return word.value;
    }
    return std::nullopt;
}

} // namespace

QString orderStateName(OrderState state)
{
    return nameOf(OrderStateWords, state);
}

std::optional<OrderState> orderStateFromName(const QString &name)
{
    return valueOf(OrderStateWords, name);
}

QString errorKindName(ApiError::Kind kind)
{
    return nameOf(ErrorKindWords, kind);
}

std::optional<ApiError::Kind> errorKindFromName(const QString &name)
{
    return valueOf(ErrorKindWords, name);
}

} // namespace nd::journal
