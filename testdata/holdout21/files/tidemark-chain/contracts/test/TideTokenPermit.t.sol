// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {TideToken} from "../src/TideToken.sol";

/// @notice EIP-2612 permit tests for TIDE.
/// Keys below are test-only: 0xA11CE / 0xB0B are toy scalars, and ANVIL_PK_0 is
/// the first of the ten accounts that anvil and Hardhat print on start-up from the
/// public "test test ... junk" mnemonic. Never send real funds to any of them.
contract TideTokenPermitTest is Test {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    // = 0x6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9
    bytes32 internal constant EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    // = 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f

    uint256 internal constant OWNER_PK = 0xA11CE;
    uint256 internal constant SPENDER_PK = 0xB0B;
    uint256 internal constant ANVIL_PK_0 = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80;
    address internal constant ANVIL_ADDR_0 = 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266;

    TideToken internal token;
    address internal owner;
    address internal spender;

    function setUp() public {
        token = new TideToken("Tide", "TIDE");
        owner = vm.addr(OWNER_PK); // 0xe05fcC23807536bEe418f142D19fa0d21BB0cfF7
        spender = vm.addr(SPENDER_PK); // 0x0376AAc07Ad725E01357B1725B5ceC61aE10473c
        token.mint(owner, 1_000e18);
    }

    function _digest(address o, address s, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, o, s, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function test_domainSeparator() public view {
        bytes32 expected = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH, keccak256("Tide"), keccak256("1"), block.chainid, address(token)
            )
        );
        assertEq(token.DOMAIN_SEPARATOR(), expected);
    }

    function test_permitSetsAllowance() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(OWNER_PK, _digest(owner, spender, 250e18, 0, deadline));

        token.permit(owner, spender, 250e18, deadline, v, r, s);

        assertEq(token.allowance(owner, spender), 250e18);
        assertEq(token.nonces(owner), 1);
    }

    function test_RevertWhen_permitReplayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(OWNER_PK, _digest(owner, spender, 1e18, 0, deadline));
        token.permit(owner, spender, 1e18, deadline, v, r, s);

        vm.expectRevert();
        token.permit(owner, spender, 1e18, deadline, v, r, s);
    }

    function test_RevertWhen_permitExpired() public {
        uint256 deadline = block.timestamp + 10;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(OWNER_PK, _digest(owner, spender, 1e18, 0, deadline));
        vm.warp(deadline + 1);

        vm.expectRevert();
        token.permit(owner, spender, 1e18, deadline, v, r, s);
    }

    function test_RevertWhen_signerIsNotOwner() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(SPENDER_PK, _digest(owner, spender, 1e18, 0, deadline));

        vm.expectRevert();
        token.permit(owner, spender, 1e18, deadline, v, r, s);
    }

    function test_anvilAccountMatchesItsKey() public pure {
        assertEq(vm.addr(ANVIL_PK_0), ANVIL_ADDR_0);
    }

    function testFuzz_permitAnyValue(uint256 value, uint32 ttl) public {
        vm.assume(ttl > 0);
        uint256 deadline = block.timestamp + ttl;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(OWNER_PK, _digest(owner, spender, value, 0, deadline));
        token.permit(owner, spender, value, deadline, v, r, s);
        assertEq(token.allowance(owner, spender), value);
    }
}
