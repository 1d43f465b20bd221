#pragma once
// Lowest library of the fixture.
