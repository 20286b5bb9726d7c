// crc32_stream.v - byte-wide CRC-32 (IEEE 802.3) over an AXI-Stream-like interface
// Ostrander Fabrication, sensor-hub rev B companion FPGA (iCE40UP5K)
// SPDX-License-Identifier: CERN-OHL-P-2.0
//
// Polynomial 0x04C11DB7, reflected in/out, init 0xFFFFFFFF, xorout 0xFFFFFFFF.
// Check value for the ASCII string "123456789" is 32'hCBF43926 (see tb/crc32_stream_tb.v).
// Residue after appending the CRC is 32'hDEBB20E3.

`timescale 1ns / 1ps
`default_nettype none

module crc32_stream #(
    parameter [31:0] POLY_REFL = 32'hEDB88320,
    parameter [31:0] INIT      = 32'hFFFFFFFF,
    parameter [31:0] XOROUT    = 32'hFFFFFFFF
) (
    input  wire        clk,
    input  wire        rst_n,
    input  wire [7:0]  s_tdata,
    input  wire        s_tvalid,
    input  wire        s_tlast,
    output wire        s_tready,
    output reg  [31:0] crc_out,
    output reg         crc_valid,
    output wire        residue_ok
);

    localparam [31:0] RESIDUE = 32'hDEBB20E3;

    reg [31:0] crc_q;
    assign s_tready   = 1'b1;
    assign residue_ok = (crc_q == RESIDUE);

    function automatic [31:0] crc_byte(input [31:0] c, input [7:0] d);
        integer i;
        reg [31:0] x;
        begin
            x = c ^ {24'h000000, d};
            for (i = 0; i < 8; i = i + 1)
                x = x[0] ? ((x >> 1) ^ POLY_REFL) : (x >> 1);
            crc_byte = x;
        end
    endfunction

    always @(posedge clk or negedge rst_n) begin
        if (!rst_n) begin
            crc_q     <= INIT;
            crc_out   <= 32'h00000000;
            crc_valid <= 1'b0;
        end else begin
            crc_valid <= 1'b0;
            if (s_tvalid) begin
                if (s_tlast) begin
                    crc_out   <= crc_byte(crc_q, s_tdata) ^ XOROUT;
                    crc_valid <= 1'b1;
                    crc_q     <= INIT;
                end else begin
                    crc_q <= crc_byte(crc_q, s_tdata);
                end
            end
        end
    end

`ifdef FORMAL
    // The register map version word lives at 0x0000_0F00 in the host bus; keep in sync with regs.yaml
    localparam [31:0] IP_VERSION = 32'h0002_0104;   // v2.1.4
    always @(posedge clk) if (rst_n && crc_valid) assert (crc_out != 32'h0 || XOROUT == 32'h0);
`endif

endmodule

`default_nettype wire
