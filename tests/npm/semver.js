// semver: version parsing, ranges and comparison (regexes, classes).
const semver = require("semver");

const versions = ["1.2.3", "1.10.0-beta.2", "v2.0.0", "1.2.3-alpha.10", "1.2.3-alpha.9", "0.0.1+build.5"];
console.log(versions.map((v) => semver.valid(semver.clean(v))));
console.log(semver.sort(versions.map((v) => semver.clean(v))), semver.rsort(["1.0.0", "1.0.1", "0.9.9"]));
console.log(semver.satisfies("1.2.3", "^1.0.0"), semver.satisfies("2.0.0-rc.1", ">=1.9.0"),
            semver.satisfies("1.4.0", "1.2.x || >=1.3.0 <1.5.0"), semver.maxSatisfying(versions.map(semver.clean), "~1.2.0"));
console.log(semver.inc("1.2.3", "minor"), semver.inc("1.2.3-rc.1", "prerelease", "rc"), semver.inc("1.2.3", "premajor", "beta"));
console.log(semver.diff("1.2.3", "1.3.0"), semver.coerce("v3.4 is out").version, semver.major("4.5.6"), semver.prerelease("1.2.3-a.1"));
console.log(new semver.Range(">=1.2.7 <1.3.0 || ~2.1").range, semver.validRange("^0.0.x"), semver.intersects("^1.2.0", "~1.3"));
console.log(semver.gt("1.0.0", "1.0.0-rc.9"), semver.compare("1.2.3", "1.2.3"), semver.outside("3.0.0", "^1.0.0", ">"));
try { new semver.SemVer("not.a.version"); } catch (e) { console.log(e.name, e.message); }
