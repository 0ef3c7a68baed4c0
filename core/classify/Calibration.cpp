// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/Calibration.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace souffleur::calibration {

void softmax(const float *scores, int count, double temperature, double noneScore, QList<double> &out)
{
    out.resize(count);
    if (count == 0)
        return;
    const double inv = 1.0 / std::max(temperature, 1e-6);
    const double top = std::max<double>(*std::max_element(scores, scores + count), noneScore);
    double sum = std::exp((noneScore - top) * inv);
    for (int c = 0; c < count; ++c) {
        out[c] = std::exp((scores[c] - top) * inv);
        sum += out.at(c);
    }
    for (int c = 0; c < count; ++c)
        out[c] /= sum;
}

namespace {

// log(sum(exp(v / T))) over `s` (optionally without index `skip`) and `none`.
double logSumExp(const QList<float> &s, qsizetype skip, double none, double inv)
{
    double top = none;
    for (qsizetype c = 0; c < s.size(); ++c) {
        if (c != skip)
            top = std::max<double>(top, s.at(c));
    }
    double sum = std::exp((none - top) * inv);
    for (qsizetype c = 0; c < s.size(); ++c) {
        if (c != skip)
            sum += std::exp((s.at(c) - top) * inv);
    }
    return std::log(sum) + top * inv;
}

double negativeLogLikelihood(const QList<QList<float>> &scores, const QList<int> &gold, double temperature,
                             double none, double noneWeight)
{
    const double inv = 1.0 / temperature;
    double nll = 0;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const QList<float> &s = scores.at(i);
        nll += logSumExp(s, -1, none, inv) - s.at(gold.at(i)) * inv;
        nll += noneWeight * (logSumExp(s, gold.at(i), none, inv) - none * inv);
    }
    return nll;
}

// Golden-section minimum of a unimodal f on [lo, hi].
template <typename F>
double goldenMinimum(F f, double lo, double hi, int iterations)
{
    const double phi = (std::sqrt(5.0) - 1) / 2;
    double a = hi - phi * (hi - lo);
    double b = lo + phi * (hi - lo);
    double fa = f(a);
    double fb = f(b);
    for (int it = 0; it < iterations; ++it) {
        if (fa < fb) {
            hi = b;
            b = a;
            fb = fa;
            a = hi - phi * (hi - lo);
            fa = f(a);
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + phi * (hi - lo);
            fb = f(b);
        }
    }
    return (lo + hi) / 2;
}

} // namespace

double fitTemperature(const QList<QList<float>> &scores, const QList<int> &gold)
{
    if (scores.isEmpty())
        return 1.0;
    // The bounds keep a held-out set without a single mistake from driving T to 0 (probabilities of exactly 1).
    return std::exp(goldenMinimum(
        [&](double logT) {
            const double inv = std::exp(-logT);
            double nll = 0;
            for (qsizetype i = 0; i < scores.size(); ++i)
                nll += logSumExp(scores.at(i), -1, -1e30, inv) - scores.at(i).at(gold.at(i)) * inv;
            return nll;
        },
        std::log(0.01), std::log(10.0), 60));
}

Calibration fitCalibration(const QList<QList<float>> &scores, const QList<int> &gold, double outOfScopePrior)
{
    const double prior = std::clamp(outOfScopePrior, 0.0, 0.9);
    const double noneWeight = prior / (1.0 - prior);
    Calibration c;
    if (scores.isEmpty())
        return c;
    double lowest = 0, highest = 0;
    for (const QList<float> &s : scores) {
        for (float v : s) {
            lowest = std::min<double>(lowest, v);
            highest = std::max<double>(highest, v);
        }
    }
    // Coordinate descent: the likelihood is smooth and each coordinate unimodal in practice. The bounds on T keep
    // a held-out set without a single mistake from driving it to 0 (probabilities of exactly 1).
    c.noneScore = 0;
    for (int round = 0; round < 4; ++round) {
        c.temperature = std::exp(goldenMinimum(
            [&](double logT) { return negativeLogLikelihood(scores, gold, std::exp(logT), c.noneScore, noneWeight); },
            std::log(0.01), std::log(10.0), 40));
        c.noneScore = goldenMinimum(
            [&](double none) { return negativeLogLikelihood(scores, gold, c.temperature, none, noneWeight); }, lowest, highest, 40);
    }
    return c;
}

double chooseThreshold(const QList<HeldOutAnswer> &inScope, const QList<double> &outOfScope,
                       const ThresholdPolicy &policy)
{
    const double cost = policy.wrongAnswerCost;
    const double floor = cost / (1.0 + cost);
    if (inScope.isEmpty())
        return floor;

    // Every held-out text as (confidence, utility if answered, utility if unsure), weighted per population.
    struct Point
    {
        double confidence;
        double answered;
        double unsure;
    };
    QList<Point> points;
    const double inWeight = 1.0 / double(inScope.size());
    for (const HeldOutAnswer &a : inScope)
        points.append({a.confidence, (a.correct ? 1.0 : -cost) * inWeight, 0.0});
    if (!outOfScope.isEmpty()) {
        const double share = policy.outOfScopeShare < 0
                                 ? double(outOfScope.size()) / double(outOfScope.size() + inScope.size())
                                 : std::clamp(policy.outOfScopeShare, 0.0, 0.95);
        const double oosWeight = share / (1.0 - share) / double(outOfScope.size());
        for (double c : outOfScope)
            points.append({c, -cost * oosWeight, 0.0});
    }
    std::sort(points.begin(), points.end(), [](const Point &l, const Point &r) { return l.confidence < r.confidence; });

    // Threshold t answers every point with confidence >= t. Start with t below everything (all answered) and
    // move it past one point at a time.
    double utility = 0;
    for (const Point &p : points)
        utility += p.answered;
    double best = utility;
    double bestThreshold = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        utility += points.at(i).unsure - points.at(i).answered;
        // Only between distinct confidences; the threshold sits halfway to the next one.
        if (i + 1 < points.size() && points.at(i + 1).confidence == points.at(i).confidence)
            continue;
        const double next = i + 1 < points.size() ? points.at(i + 1).confidence : 1.0;
        if (utility > best + 1e-12) {
            best = utility;
            bestThreshold = (points.at(i).confidence + next) / 2;
        }
    }
    return std::max(bestThreshold, floor);
}

} // namespace souffleur::calibration
